package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.LongText;

/** A learning event for a homicide that did not meet the criteria for a review but has learning (the case was decided 'no review'). */
public record RecordLearningEvent(
        @TargetAggregateIdentifier @CaseId String reviewId,
        @LongText String description,
        LocalDate heldOn,
        @PositiveOrZero Long expectedVersion) {
}
