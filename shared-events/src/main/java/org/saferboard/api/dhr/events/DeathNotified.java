package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;

/** A death notified; the decision on a review is due from notifiedOn. */
public record DeathNotified(
        String reviewId,
        String caseReference,
        String pseudonym,
        LocalDate dateOfDeath,
        LocalDate notifiedOn,
        String notifyingAgency,
        String area,
        Instant recordedAt) implements ReviewEvent {
}
