package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;

/** Whether a review is held; the report is due from decidedOn. */
public record ReviewDecided(
        String reviewId,
        boolean holdReview,
        String rationale,
        LocalDate decidedOn,
        Instant recordedAt) implements ReviewEvent {
}
