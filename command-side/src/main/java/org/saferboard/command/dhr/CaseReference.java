package org.saferboard.command.dhr;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.saferboard.api.dhr.commands.ClaimCaseReference;
import org.saferboard.api.dhr.events.CaseReferenceClaimed;

/**
 * A DHR case reference and the review it names. Its own aggregate because the rule (one reference,
 * one case) spans reviews; a review claims its reference when it is recorded, in the same unit of
 * work, so a refused claim records no review.
 */
@Aggregate
public class CaseReference {

    @AggregateIdentifier
    private String caseReferenceId;
    private String reviewId;

    /** The same review claiming its reference again (a retry) changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClaimCaseReference command) {
        if (command.reviewId().equals(reviewId)) {
            return;
        }
        if (reviewId != null) {
            throw ReviewRefused.CASE_REFERENCE_ALREADY_USED.because("Case reference " + command.caseReference()
                    + " is the reference of review " + reviewId + " already; a case reference names one case.");
        }
        apply(new CaseReferenceClaimed(command.caseReferenceId(), command.caseReference(), command.reviewId()));
    }

    @EventSourcingHandler
    void on(CaseReferenceClaimed event) {
        caseReferenceId = event.caseReferenceId();
        reviewId = event.reviewId();
    }

    CaseReference() {
        // for Axon: state comes from the event-sourcing handlers
    }
}
