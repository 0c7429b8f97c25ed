package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An action of the review's single-agency or multi-agency action plan, raised as an Action with the review as its source and the lead agency as its owning agency. */
public record RaiseReviewAction(
        @TargetAggregateIdentifier String reviewId,
        String actionId,
        ActionPlan plan,
        String title,
        String description,
        String ownerName,
        String leadAgency,
        LocalDate dueDate) {
}
