package org.saferboard.api.dhr.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An event of a DHR fund. Each says what it does to the fund's money, so that a new event cannot be
 * folded by anyone (the aggregate, a ledger, an as-at read) without saying so: the compiler asks for
 * {@link #applyTo} on every class this interface permits.
 */
public sealed interface DHRFundEvent permits DHRFundOpened, AnnualContributionsAgreed, ContributionsDrawnDown, ContributionReceived,
        DHRFundingAllocated, ExpenditureRecorded, AllocationReleased, FinancialYearClosed {

    String fundId();

    /** When it was recorded. */
    Instant recordedAt();

    /** The business date it is dated on (it may be earlier than when it was recorded). */
    LocalDate datedOn();

    /** @return the fund's position after this event, given the one before */
    DHRFundPosition applyTo(DHRFundPosition before);
}
