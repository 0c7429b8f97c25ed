package org.saferboard.api.action.commands;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.LongText;

public record CompleteAction(
        @TargetAggregateIdentifier @CaseId String actionId,
        @LongText String outcome,
        @Size(max = FieldRules.LONG_TEXT) String evidence,
        @PositiveOrZero Long expectedVersion) {
}
