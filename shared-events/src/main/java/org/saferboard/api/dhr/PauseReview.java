package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The review waits for parallel proceedings such as a trial or an inquest; paused time does not count against its clocks. */
public record PauseReview(
        @TargetAggregateIdentifier String reviewId,
        String reason,
        LocalDate pausedOn,
        Long expectedVersion) {
}
