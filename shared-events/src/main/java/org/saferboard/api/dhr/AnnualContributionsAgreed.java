package org.saferboard.api.dhr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A year's agreed contributions. */
public record AnnualContributionsAgreed(
        String fundId,
        String financialYear,
        List<PartnerAmount> contributions,
        String resolutionReference,
        LocalDate agreedOn,
        Instant recordedAt) implements FundEvent {

    @Override
    public LocalDate datedOn() {
        return agreedOn;
    }

    @Override
    public FundPosition applyTo(FundPosition before) {
        // agreeing, calling in and closing a year move no money
        return before;
    }
}
