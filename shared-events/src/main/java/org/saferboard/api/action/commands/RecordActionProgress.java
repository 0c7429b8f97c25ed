package org.saferboard.api.action.commands;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;

/** A dated progress note. expectedVersion, when given, is the version the writer last saw. */
public record RecordActionProgress(
        @TargetAggregateIdentifier @CaseId String actionId,
        @NotBlank @Size(max = FieldRules.NOTE) String note,
        LocalDate progressDate,
        @PositiveOrZero Long expectedVersion) {
}
