package org.saferboard.api.action.events;

import java.time.Instant;
import java.time.LocalDate;

public record ActionDueDateRequested(String actionId, LocalDate dueDate, LocalDate requestedDueDate, String reason,
                                     Instant requestedAt) implements ActionEvent {

    @Override
    public Instant occurredAt() {
        return requestedAt;
    }

    /** A request changes nothing the state holds: the due date moves when the secretariat revises it. */
    @Override
    public ActionState applyTo(ActionState before) {
        return before;
    }
}
