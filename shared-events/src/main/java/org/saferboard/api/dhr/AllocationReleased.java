package org.saferboard.api.dhr;

import java.time.Instant;
import java.time.LocalDate;

/** An allocation's unspent money back in the pool. */
public record AllocationReleased(
        String fundId,
        String allocationId,
        long amountPence,
        String reason,
        LocalDate releasedOn,
        Instant recordedAt) implements FundEvent {
}
