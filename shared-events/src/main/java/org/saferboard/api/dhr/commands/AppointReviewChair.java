package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.Text;

/** The independent chair of the review. */
public record AppointReviewChair(
        @TargetAggregateIdentifier @CaseId String reviewId,
        @Text String chairName,
        LocalDate appointedOn,
        @PositiveOrZero Long expectedVersion) {
}
