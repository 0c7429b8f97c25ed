package org.saferboard.api.dhr;

import java.time.Instant;
import java.time.LocalDate;

/** A partner's payment; it adds to the pool. */
public record ContributionReceived(
        String fundId,
        String receiptId,
        String financialYear,
        String partner,
        long amountPence,
        LocalDate receivedOn,
        String reference,
        Instant recordedAt) implements FundEvent {
}
