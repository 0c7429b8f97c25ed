package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Whether a Domestic Homicide Review is held, and why; due within a month of the notification. */
public record DecideReview(
        @TargetAggregateIdentifier String reviewId,
        Boolean holdReview,
        String rationale,
        LocalDate decidedOn,
        Long expectedVersion) {
}
