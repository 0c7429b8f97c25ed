package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;

/** The review goes on after a pause. */
public record ResumeReview(
        @TargetAggregateIdentifier @CaseId String reviewId,
        LocalDate resumedOn,
        @PositiveOrZero Long expectedVersion) {
}
