package org.saferboard.api.action;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Raise a new action. The actionId is chosen by the caller, so a retry of the same request is safe. */
public record RaiseAction(
        @TargetAggregateIdentifier String actionId,
        String title,
        String description,
        String ownerName,
        String owningAgency,
        LocalDate dueDate,
        ActionSource source) {
}
