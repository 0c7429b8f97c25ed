package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A learning event for a homicide that did not meet the criteria for a review but has learning (the case was decided 'no review'). */
public record RecordLearningEvent(
        @TargetAggregateIdentifier String reviewId,
        String description,
        LocalDate heldOn,
        Long expectedVersion) {
}
