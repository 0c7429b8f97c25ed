package org.saferboard.api.dhr;

import java.time.Instant;
import java.time.LocalDate;
import org.saferboard.api.Money;

/** A fund's ledger opened with the balance brought in. */
public record DHRFundOpened(
        String fundId,
        String name,
        LocalDate openedOn,
        long openingBalancePence,
        Instant recordedAt) implements FundEvent {

    @Override
    public LocalDate datedOn() {
        return openedOn;
    }

    @Override
    public FundPosition applyTo(FundPosition before) {
        return before.received(Money.ofPence(openingBalancePence));
    }
}
