package org.saferboard.api.action;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReassignAction(
        @TargetAggregateIdentifier String actionId,
        String ownerName,
        String owningAgency,
        String reason,
        Long expectedVersion) {
}
