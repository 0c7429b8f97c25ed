package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;
import org.saferboard.api.Money;

/** An allocation's unspent money back in the pool. */
public record AllocationReleased(
        String fundId,
        String allocationId,
        long amountPence,
        String reason,
        LocalDate releasedOn,
        Instant recordedAt) implements DHRFundEvent {

    @Override
    public LocalDate datedOn() {
        return releasedOn;
    }

    @Override
    public DHRFundPosition applyTo(DHRFundPosition before) {
        return before.released(Money.ofPence(amountPence));
    }
}
