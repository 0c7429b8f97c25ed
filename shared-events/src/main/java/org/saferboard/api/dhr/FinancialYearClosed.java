package org.saferboard.api.dhr;

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
        Instant recordedAt) implements FundEvent {

    @Override
    public LocalDate datedOn() {
        return closedOn;
    }

    @Override
    public FundPosition applyTo(FundPosition before) {
        // agreeing, calling in and closing a year move no money
        return before;
    }
}
