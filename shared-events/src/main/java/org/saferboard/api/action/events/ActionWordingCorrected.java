package org.saferboard.api.action.events;

import java.time.Instant;

/** An action's title reworded; everything else about it stands. */
public record ActionWordingCorrected(
        String actionId,
        String previousTitle,
        String title,
        String reason,
        Instant correctedAt) implements ActionEvent {

    @Override
    public Instant occurredAt() {
        return correctedAt;
    }

    @Override
    public ActionState applyTo(ActionState before) {
        return new ActionState(title, before.status(), before.ownerName(), before.owningAgency(), before.dueDate(),
                before.dueDateRevisions(), before.closedAt());
    }
}
