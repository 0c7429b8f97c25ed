package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;

/** The case closed. */
public record ReviewClosed(
        String reviewId,
        String reason,
        LocalDate closedOn,
        Instant recordedAt) implements ReviewEvent {
}
