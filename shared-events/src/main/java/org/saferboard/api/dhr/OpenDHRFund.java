package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts keeping a DHR fund's ledger, with the balance brought into it (0.00 for a new fund). fundId is chosen by the caller, so a retry is safe. */
public record OpenDHRFund(
        @TargetAggregateIdentifier String fundId,
        String name,
        LocalDate openedOn,
        long openingBalancePence) {
}
