package org.saferboard.api.action;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteAction(
        @TargetAggregateIdentifier String actionId,
        String outcome,
        String evidence,
        Long expectedVersion) {
}
