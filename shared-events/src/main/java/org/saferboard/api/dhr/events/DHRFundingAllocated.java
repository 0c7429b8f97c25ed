package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;
import org.saferboard.api.Money;
import org.saferboard.api.dhr.AllocationPurpose;

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
        Instant recordedAt) implements DHRFundEvent {

    @Override
    public LocalDate datedOn() {
        return allocatedOn;
    }

    @Override
    public DHRFundPosition applyTo(DHRFundPosition before) {
        return before.allocated(Money.ofPence(amountPence));
    }
}
