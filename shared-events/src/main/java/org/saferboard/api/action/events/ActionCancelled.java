package org.saferboard.api.action.events;

import java.time.Instant;
import org.saferboard.api.action.ActionStatus;

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
