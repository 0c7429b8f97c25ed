package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;

/** The report published. */
public record ReviewPublished(
        String reviewId,
        LocalDate publishedOn,
        String link,
        Instant recordedAt) implements ReviewEvent {
}
