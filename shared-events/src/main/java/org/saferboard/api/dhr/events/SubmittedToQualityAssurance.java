package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;

/** The report submitted to the Home Office quality assurance panel. */
public record SubmittedToQualityAssurance(
        String reviewId,
        LocalDate submittedOn,
        Instant recordedAt) implements ReviewEvent {
}
