package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets aside money from the pool for a review, a learning event or another purpose such as legal costs, citing the resolution that approved it. */
public record AllocateDHRFunding(
        @TargetAggregateIdentifier String fundId,
        String allocationId,
        long amountPence,
        AllocationPurpose purpose,
        String reviewId,
        String description,
        String resolutionReference,
        LocalDate allocatedOn,
        Long expectedVersion) {
}
