package org.saferboard.api.action.commands;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

/** Raise a new action. The actionId is chosen by the caller, so a retry of the same request is safe. */
public record RaiseAction(
        @TargetAggregateIdentifier @CaseId String actionId,
        @Text String title,
        @Size(max = FieldRules.LONG_TEXT) String description,
        @Text String ownerName,
        @Text String owningAgency,
        @NotNull LocalDate dueDate,
        @NotNull @Valid ActionSource source) {
}
