package org.saferboard.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.saferboard.api.action.RaiseAction;
import org.springframework.stereotype.Component;

/**
 * Sends RaiseAction from inside a meeting's or review's command handler; as with minute numbers (see
 * MinuteBookNumbers), Axon stores the action's events with the case's when the case's command
 * commits, and a refused raise rolls the case's command back.
 */
@Component
class GatewayCaseActions implements CaseActions {

    private final CommandGateway commands;

    GatewayCaseActions(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public long raise(RaiseAction command) {
        Long version = commands.sendAndWait(command);
        return version;
    }
}
