package org.saferboard.api.dhr.queries;

/** A fund's movements with running balances; financialYear null for the whole ledger. */
public record FindDHRFundLedger(String fundId, String financialYear) {
}
