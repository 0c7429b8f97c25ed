package org.saferboard.api.action.events;

import java.time.Instant;
import org.saferboard.api.action.ActionStatus;

public record ActionCompleted(String actionId, String outcome, String evidence, Instant completedAt) implements ActionEvent {

    @Override
    public Instant occurredAt() {
        return completedAt;
    }

    @Override
    public ActionState applyTo(ActionState before) {
        return before.closed(ActionStatus.COMPLETED, completedAt);
    }
}
