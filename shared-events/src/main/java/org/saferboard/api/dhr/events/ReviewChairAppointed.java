package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;

/** The review's chair. */
public record ReviewChairAppointed(
        String reviewId,
        String chairName,
        LocalDate appointedOn,
        Instant recordedAt) implements ReviewEvent {
}
