package org.saferboard.api.dhr;

import java.time.Instant;
import java.time.LocalDate;

/** Money spent against an allocation. */
public record ExpenditureRecorded(
        String fundId,
        String allocationId,
        String expenditureId,
        long amountPence,
        String description,
        String reference,
        LocalDate spentOn,
        Instant recordedAt) implements FundEvent {
}
