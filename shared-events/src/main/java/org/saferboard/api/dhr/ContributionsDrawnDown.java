package org.saferboard.api.dhr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Contributions called in, per partner. */
public record ContributionsDrawnDown(
        String fundId,
        String drawdownId,
        String financialYear,
        List<PartnerAmount> amounts,
        String reason,
        LocalDate drawnOn,
        Instant recordedAt) implements FundEvent {

    @Override
    public LocalDate datedOn() {
        return drawnOn;
    }

    @Override
    public FundPosition applyTo(FundPosition before) {
        // agreeing, calling in and closing a year move no money
        return before;
    }
}
