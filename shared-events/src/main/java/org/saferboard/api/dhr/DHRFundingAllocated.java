package org.saferboard.api.dhr;

import java.time.Instant;
import java.time.LocalDate;
import org.saferboard.api.Money;

/** Money set aside from the pool. */
public record DHRFundingAllocated(
        String fundId,
        String allocationId,
        long amountPence,
        AllocationPurpose purpose,
        String reviewId,
        String description,
        String resolutionReference,
        LocalDate allocatedOn,
        Instant recordedAt) implements FundEvent {

    @Override
    public LocalDate datedOn() {
        return allocatedOn;
    }

    @Override
    public FundPosition applyTo(FundPosition before) {
        return before.allocated(Money.ofPence(amountPence));
    }
}
