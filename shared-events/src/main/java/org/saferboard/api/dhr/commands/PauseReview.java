package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.Text;

/** The review waits for parallel proceedings such as a trial or an inquest; paused time does not count against its clocks. */
public record PauseReview(
        @TargetAggregateIdentifier @CaseId String reviewId,
        @Text String reason,
        LocalDate pausedOn,
        @PositiveOrZero Long expectedVersion) {
}
