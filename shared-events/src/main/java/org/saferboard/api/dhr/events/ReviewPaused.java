package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;

/** The review paused for parallel proceedings. */
public record ReviewPaused(
        String reviewId,
        String reason,
        LocalDate pausedOn,
        Instant recordedAt) implements ReviewEvent {
}
