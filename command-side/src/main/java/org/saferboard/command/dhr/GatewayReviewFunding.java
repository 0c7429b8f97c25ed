package org.saferboard.command.dhr;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.saferboard.api.CaseKinds;
import org.saferboard.api.dhr.commands.CheckReviewAcceptsFunding;
import org.saferboard.infrastructure.eventstore.AggregateIdentifierInUse;
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
            throw ReviewRefused.UNKNOWN_REVIEW.because("There is no review " + reviewId + " to allocate money to.");
        } catch (AggregateIdentifierInUse e) {
            throw ReviewRefused.NOT_A_REVIEW.because(reviewId + " is " + CaseKinds.described(e.existingType())
                    + ", not a review; money is allocated to a review or a learning-event case.");
        }
    }
}
