package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.YearLabel;

/** Closes a financial year of the fund once it has ended: its balance is carried forward and nothing more is recorded in it. */
public record CloseFinancialYear(
        @TargetAggregateIdentifier @CaseId String fundId,
        @NotNull @YearLabel String financialYear,
        LocalDate closedOn,
        @PositiveOrZero Long expectedVersion) {
}
