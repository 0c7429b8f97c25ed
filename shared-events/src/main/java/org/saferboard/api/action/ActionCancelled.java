package org.saferboard.api.action;

import java.time.Instant;

public record ActionCancelled(String actionId, String reason, Instant cancelledAt) implements ActionEvent {

    @Override
    public Instant occurredAt() {
        return cancelledAt;
    }

    @Override
    public ActionState applyTo(ActionState before) {
        return before.closed(ActionStatus.CANCELLED, cancelledAt);
    }
}
