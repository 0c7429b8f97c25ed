package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The review goes on after a pause. */
public record ResumeReview(
        @TargetAggregateIdentifier String reviewId,
        LocalDate resumedOn,
        Long expectedVersion) {
}
