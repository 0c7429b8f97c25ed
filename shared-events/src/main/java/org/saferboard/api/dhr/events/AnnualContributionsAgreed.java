package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.saferboard.api.dhr.PartnerAmount;

/** A year's agreed contributions. */
public record AnnualContributionsAgreed(
        String fundId,
        String financialYear,
        List<PartnerAmount> contributions,
        String resolutionReference,
        LocalDate agreedOn,
        Instant recordedAt) implements DHRFundEvent {

    @Override
    public LocalDate datedOn() {
        return agreedOn;
    }

    @Override
    public DHRFundPosition applyTo(DHRFundPosition before) {
        // agreeing, calling in and closing a year move no money
        return before;
    }
}
