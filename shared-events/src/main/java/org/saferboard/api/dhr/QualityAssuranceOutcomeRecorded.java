package org.saferboard.api.dhr;

import java.time.Instant;
import java.time.LocalDate;

/** The quality assurance panel's answer. */
public record QualityAssuranceOutcomeRecorded(
        String reviewId,
        QualityAssuranceOutcome outcome,
        String notes,
        LocalDate receivedOn,
        Instant recordedAt) implements ReviewEvent {
}
