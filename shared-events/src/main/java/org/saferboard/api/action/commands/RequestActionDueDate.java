package org.saferboard.api.action.commands;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.Text;

/** An owner asks the secretariat to move their action's due date; the date changes only when the secretariat revises it. */
public record RequestActionDueDate(
        @TargetAggregateIdentifier @CaseId String actionId,
        @NotNull LocalDate requestedDueDate,
        @Text String reason,
        @PositiveOrZero Long expectedVersion) {
}
