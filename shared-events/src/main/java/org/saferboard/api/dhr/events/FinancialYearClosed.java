package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;

/** A financial year closed: the pool's balance at its end (money not allocated) and the allocations still unspent, both carried forward. */
public record FinancialYearClosed(
        String fundId,
        String financialYear,
        long balancePence,
        long unspentAllocationsPence,
        String carriedForwardTo,
        LocalDate closedOn,
        Instant recordedAt) implements DHRFundEvent {

    @Override
    public LocalDate datedOn() {
        return closedOn;
    }

    @Override
    public DHRFundPosition applyTo(DHRFundPosition before) {
        // agreeing, calling in and closing a year move no money
        return before;
    }
}
