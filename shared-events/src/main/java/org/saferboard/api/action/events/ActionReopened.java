package org.saferboard.api.action.events;

import java.time.Instant;

public record ActionReopened(String actionId, String reason, Instant reopenedAt) implements ActionEvent {

    @Override
    public Instant occurredAt() {
        return reopenedAt;
    }

    @Override
    public ActionState applyTo(ActionState before) {
        return before.reopened();
    }
}
