package org.saferboard.command.dhr;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.saferboard.api.dhr.commands.ClaimCaseReference;
import org.springframework.stereotype.Component;

/** Sends the claim from inside the review's command handler; its event is stored with the review's. */
@Component
class GatewayCaseReferences implements CaseReferences {

    private final CommandGateway commands;

    GatewayCaseReferences(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void claim(String caseReference, String reviewId) {
        commands.sendAndWait(new ClaimCaseReference(ClaimCaseReference.idOf(caseReference), caseReference, reviewId));
    }
}
