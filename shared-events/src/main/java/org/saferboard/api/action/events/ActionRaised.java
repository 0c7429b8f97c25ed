package org.saferboard.api.action.events;

import java.time.Instant;
import java.time.LocalDate;
import org.saferboard.api.action.ActionSource;

public record ActionRaised(
        String actionId,
        String title,
        String description,
        String ownerName,
        String owningAgency,
        LocalDate dueDate,
        ActionSource source,
        Instant raisedAt) implements ActionEvent {

    @Override
    public Instant occurredAt() {
        return raisedAt;
    }

    @Override
    public ActionState applyTo(ActionState before) {
        return ActionState.raised(this);
    }
}
