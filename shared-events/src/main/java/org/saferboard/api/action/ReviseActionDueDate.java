package org.saferboard.api.action;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviseActionDueDate(
        @TargetAggregateIdentifier String actionId,
        LocalDate dueDate,
        String reason,
        Long expectedVersion) {
}
