package org.saferboard.api.action.events;

import java.time.Instant;

public record ActionReassigned(
        String actionId,
        String previousOwnerName,
        String previousOwningAgency,
        String ownerName,
        String owningAgency,
        String reason,
        Instant reassignedAt) implements ActionEvent {

    @Override
    public Instant occurredAt() {
        return reassignedAt;
    }

    @Override
    public ActionState applyTo(ActionState before) {
        return before.reassigned(this);
    }
}
