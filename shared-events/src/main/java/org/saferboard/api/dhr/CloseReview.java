package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The case is closed; nothing more is recorded for it. */
public record CloseReview(
        @TargetAggregateIdentifier String reviewId,
        String reason,
        LocalDate closedOn,
        Long expectedVersion) {
}
