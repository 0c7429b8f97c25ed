package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.dhr.ActionPlan;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

/** An action of the review's single-agency or multi-agency action plan, raised as an Action with the review as its source and the lead agency as its owning agency. */
public record RaiseReviewAction(
        @TargetAggregateIdentifier @CaseId String reviewId,
        @CaseId String actionId,
        @NotNull ActionPlan plan,
        @Text String title,
        @Size(max = FieldRules.LONG_TEXT) String description,
        @Text String ownerName,
        @Text String leadAgency,
        @NotNull LocalDate dueDate) {
}
