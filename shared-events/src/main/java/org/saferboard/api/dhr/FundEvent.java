package org.saferboard.api.dhr;

/** An event of a DHR fund's ledger. */
public interface FundEvent {
    String fundId();
}
