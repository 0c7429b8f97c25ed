package org.saferboard.api.dhr.events;

import java.time.Instant;

/** A panel member. */
public record PanelMemberRecorded(
        String reviewId,
        String name,
        String role,
        String agency,
        Instant recordedAt) implements ReviewEvent {
}
