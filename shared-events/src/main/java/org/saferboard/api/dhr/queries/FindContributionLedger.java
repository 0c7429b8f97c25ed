package org.saferboard.api.dhr.queries;

/** A fund's contributions for one financial year, per partner. */
public record FindContributionLedger(String fundId, String financialYear) {
}
