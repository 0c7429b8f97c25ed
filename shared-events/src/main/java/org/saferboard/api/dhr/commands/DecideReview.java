package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.LongText;

/** Whether a Domestic Homicide Review is held, and why; due within a month of the notification. */
public record DecideReview(
        @TargetAggregateIdentifier @CaseId String reviewId,
        @NotNull Boolean holdReview,
        @LongText String rationale,
        LocalDate decidedOn,
        @PositiveOrZero Long expectedVersion) {
}
