package org.saferboard.api.dhr;

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
        Instant recordedAt) implements FundEvent {

    @Override
    public LocalDate datedOn() {
        return releasedOn;
    }

    @Override
    public FundPosition applyTo(FundPosition before) {
        return before.released(Money.ofPence(amountPence));
    }
}
