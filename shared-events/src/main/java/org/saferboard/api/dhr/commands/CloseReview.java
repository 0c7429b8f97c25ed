package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.Text;

/** The case is closed; nothing more is recorded for it. */
public record CloseReview(
        @TargetAggregateIdentifier @CaseId String reviewId,
        @Text String reason,
        LocalDate closedOn,
        @PositiveOrZero Long expectedVersion) {
}
