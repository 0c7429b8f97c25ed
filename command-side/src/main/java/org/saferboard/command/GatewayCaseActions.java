package org.saferboard.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.saferboard.api.action.commands.RaiseAction;
import org.springframework.stereotype.Component;

/**
 * Sends RaiseAction from inside a meeting's or review's command handler; as with minute numbers (see
 * GatewayMinuteNumberClaims), the action's events join the case's in one append when the case's command
 * commits, stored whole or not at all, and a refused raise refuses the case's command.
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
