package org.saferboard.api.action.events;

import java.time.Instant;
import java.time.LocalDate;

public record ActionProgressRecorded(String actionId, String note, LocalDate progressDate, Instant recordedAt) implements ActionEvent {

    @Override
    public Instant occurredAt() {
        return recordedAt;
    }

    /** A note changes nothing the state holds. */
    @Override
    public ActionState applyTo(ActionState before) {
        return before;
    }
}
