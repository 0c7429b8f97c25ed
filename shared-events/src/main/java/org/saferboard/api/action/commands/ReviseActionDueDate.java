package org.saferboard.api.action.commands;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.Text;

public record ReviseActionDueDate(
        @TargetAggregateIdentifier @CaseId String actionId,
        @NotNull LocalDate dueDate,
        @Text String reason,
        @PositiveOrZero Long expectedVersion) {
}
