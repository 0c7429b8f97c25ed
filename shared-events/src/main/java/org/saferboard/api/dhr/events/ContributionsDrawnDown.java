package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.saferboard.api.dhr.PartnerAmount;

/** Contributions called in, per partner. */
public record ContributionsDrawnDown(
        String fundId,
        String drawdownId,
        String financialYear,
        List<PartnerAmount> amounts,
        String reason,
        LocalDate drawnOn,
        Instant recordedAt) implements DHRFundEvent {

    @Override
    public LocalDate datedOn() {
        return drawnOn;
    }

    @Override
    public DHRFundPosition applyTo(DHRFundPosition before) {
        // agreeing, calling in and closing a year move no money
        return before;
    }
}
