package org.saferboard.api.action.commands;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

public record ReassignAction(
        @TargetAggregateIdentifier @CaseId String actionId,
        @Text String ownerName,
        @Text String owningAgency,
        @Size(max = FieldRules.TEXT) String reason,
        @PositiveOrZero Long expectedVersion) {
}
