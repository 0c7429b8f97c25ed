package org.saferboard.api.action;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelAction(
        @TargetAggregateIdentifier String actionId,
        String reason,
        Long expectedVersion) {
}
