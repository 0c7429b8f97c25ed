package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

/** Money spent against an allocation. */
public record RecordExpenditure(
        @TargetAggregateIdentifier @CaseId String fundId,
        @CaseId String allocationId,
        @CaseId String expenditureId,
        @Positive long amountPence,
        @Text String description,
        @Size(max = FieldRules.TEXT) String reference,
        LocalDate spentOn,
        @PositiveOrZero Long expectedVersion) {
}
