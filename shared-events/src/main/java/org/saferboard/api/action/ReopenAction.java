package org.saferboard.api.action;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReopenAction(
        @TargetAggregateIdentifier String actionId,
        String reason,
        Long expectedVersion) {
}
