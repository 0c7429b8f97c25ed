package org.saferboard.api.dhr;

/** A fund's movements with running balances; financialYear null for the whole ledger. */
public record FindFundLedger(String fundId, String financialYear) {
}
