package org.saferboard.api.action.commands;

import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.Text;

public record ReopenAction(
        @TargetAggregateIdentifier @CaseId String actionId,
        @Text String reason,
        @PositiveOrZero Long expectedVersion) {
}
