package org.saferboard.api.action.events;

import java.time.Instant;
import java.time.LocalDate;

public record ActionDueDateRevised(
        String actionId,
        LocalDate previousDueDate,
        LocalDate dueDate,
        String reason,
        Instant revisedAt) implements ActionEvent {

    @Override
    public Instant occurredAt() {
        return revisedAt;
    }

    @Override
    public ActionState applyTo(ActionState before) {
        return before.dueDateRevised(this);
    }
}
