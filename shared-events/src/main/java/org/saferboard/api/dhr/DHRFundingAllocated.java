package org.saferboard.api.dhr;

import java.time.Instant;
import java.time.LocalDate;

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
}
