package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;

/** The review resumed. */
public record ReviewResumed(
        String reviewId,
        LocalDate resumedOn,
        Instant recordedAt) implements ReviewEvent {
}
