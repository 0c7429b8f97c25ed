package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Money spent against an allocation. */
public record RecordExpenditure(
        @TargetAggregateIdentifier String fundId,
        String allocationId,
        String expenditureId,
        long amountPence,
        String description,
        String reference,
        LocalDate spentOn,
        Long expectedVersion) {
}
