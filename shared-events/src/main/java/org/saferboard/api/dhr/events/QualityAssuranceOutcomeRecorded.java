package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;
import org.saferboard.api.dhr.QualityAssuranceOutcome;

/** The quality assurance panel's answer. */
public record QualityAssuranceOutcomeRecorded(
        String reviewId,
        QualityAssuranceOutcome outcome,
        String notes,
        LocalDate receivedOn,
        Instant recordedAt) implements ReviewEvent {
}
