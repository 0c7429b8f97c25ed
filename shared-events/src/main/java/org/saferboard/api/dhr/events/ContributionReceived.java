package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;
import org.saferboard.api.Money;

/** A partner's payment; it adds to the pool. */
public record ContributionReceived(
        String fundId,
        String receiptId,
        String financialYear,
        String partner,
        long amountPence,
        LocalDate receivedOn,
        String reference,
        Instant recordedAt) implements DHRFundEvent {

    @Override
    public LocalDate datedOn() {
        return receivedOn;
    }

    @Override
    public DHRFundPosition applyTo(DHRFundPosition before) {
        return before.received(Money.ofPence(amountPence));
    }
}
