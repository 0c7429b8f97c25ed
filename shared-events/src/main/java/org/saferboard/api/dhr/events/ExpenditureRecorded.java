package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;
import org.saferboard.api.Money;

/** Money spent against an allocation. */
public record ExpenditureRecorded(
        String fundId,
        String allocationId,
        String expenditureId,
        long amountPence,
        String description,
        String reference,
        LocalDate spentOn,
        Instant recordedAt) implements DHRFundEvent {

    @Override
    public LocalDate datedOn() {
        return spentOn;
    }

    @Override
    public DHRFundPosition applyTo(DHRFundPosition before) {
        return before.spent(Money.ofPence(amountPence));
    }
}
