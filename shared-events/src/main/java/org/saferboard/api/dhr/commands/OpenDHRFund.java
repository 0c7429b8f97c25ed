package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.Text;

/** Starts keeping a DHR fund's ledger, with the balance brought into it (0.00 for a new fund). fundId is chosen by the caller, so a retry is safe. */
public record OpenDHRFund(
        @TargetAggregateIdentifier @CaseId String fundId,
        @Text String name,
        @NotNull LocalDate openedOn,
        @PositiveOrZero long openingBalancePence) {
}
