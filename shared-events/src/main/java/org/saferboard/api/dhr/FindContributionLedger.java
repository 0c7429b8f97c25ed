package org.saferboard.api.dhr;

/** A fund's contributions for one financial year, per partner. */
public record FindContributionLedger(String fundId, String financialYear) {
}
