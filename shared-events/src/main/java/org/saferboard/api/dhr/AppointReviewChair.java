package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The independent chair of the review. */
public record AppointReviewChair(
        @TargetAggregateIdentifier String reviewId,
        String chairName,
        LocalDate appointedOn,
        Long expectedVersion) {
}
