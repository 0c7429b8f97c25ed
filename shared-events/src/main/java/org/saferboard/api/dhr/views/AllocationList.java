package org.saferboard.api.dhr.views;

import java.time.LocalDate;
import java.util.List;
import org.saferboard.api.dhr.AllocationPurpose;

/** A fund's allocations, amounts in pounds as decimal text; remaining is what can still be spent. */
public record AllocationList(String fundId, List<Allocation> allocations, String totalAllocated, String totalSpent,
                             String totalReleased, String totalRemaining) {

    public enum Status {
        OPEN,
        SPENT,
        RELEASED
    }

    public record Allocation(
            String allocationId,
            LocalDate allocatedOn,
            AllocationPurpose purpose,
            String reviewId,
            String description,
            String resolutionReference,
            String amount,
            String spent,
            String released,
            String remaining,
            Status status,
            List<Spend> expenditure) {
    }

    public record Spend(String expenditureId, LocalDate spentOn, String description, String reference, String amount) {
    }
}
