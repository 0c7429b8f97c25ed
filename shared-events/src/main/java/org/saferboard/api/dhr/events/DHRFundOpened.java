package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;
import org.saferboard.api.Money;

/** A fund's ledger opened with the balance brought in. */
public record DHRFundOpened(
        String fundId,
        String name,
        LocalDate openedOn,
        long openingBalancePence,
        Instant recordedAt) implements DHRFundEvent {

    @Override
    public LocalDate datedOn() {
        return openedOn;
    }

    @Override
    public DHRFundPosition applyTo(DHRFundPosition before) {
        return before.received(Money.ofPence(openingBalancePence));
    }
}
