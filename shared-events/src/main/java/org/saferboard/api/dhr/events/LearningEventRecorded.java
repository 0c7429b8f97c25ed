package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;

/** A learning event held for a case that had no review. */
public record LearningEventRecorded(
        String reviewId,
        String description,
        LocalDate heldOn,
        Instant recordedAt) implements ReviewEvent {
}
