package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a financial year of the fund once it has ended: its balance is carried forward and nothing more is recorded in it. */
public record CloseFinancialYear(
        @TargetAggregateIdentifier String fundId,
        String financialYear,
        LocalDate closedOn,
        Long expectedVersion) {
}
