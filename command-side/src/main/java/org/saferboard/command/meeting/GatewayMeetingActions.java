package org.saferboard.command.meeting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.saferboard.api.action.RaiseAction;
import org.springframework.stereotype.Component;

/**
 * Sends RaiseAction from inside the meeting's command handler; as with minute numbers (see
 * MinuteBookNumbers), Axon stores the action's events with the meeting's when the meeting's command
 * commits, and a refused raise rolls the meeting's command back.
 */
@Component
class GatewayMeetingActions implements MeetingActions {

    private final CommandGateway commands;

    GatewayMeetingActions(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public long raise(RaiseAction command) {
        Long version = commands.sendAndWait(command);
        return version;
    }
}
