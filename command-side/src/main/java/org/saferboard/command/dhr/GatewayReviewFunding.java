package org.saferboard.command.dhr;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.saferboard.api.dhr.CheckReviewAcceptsFunding;
import org.saferboard.command.UnknownReference;
import org.springframework.stereotype.Component;

/** Asks the review from inside the fund's command handler, in the same unit of work. */
@Component
class GatewayReviewFunding implements ReviewFunding {

    private final CommandGateway commands;

    GatewayReviewFunding(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void requireAcceptsFunding(String reviewId) {
        try {
            commands.sendAndWait(new CheckReviewAcceptsFunding(reviewId));
        } catch (AggregateNotFoundException e) {
            throw new UnknownReference("unknown-review", "There is no review " + reviewId + " to allocate money to.");
        }
    }
}
