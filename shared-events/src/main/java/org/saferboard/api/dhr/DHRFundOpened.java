package org.saferboard.api.dhr;

import java.time.Instant;
import java.time.LocalDate;

/** A fund's ledger opened with the balance brought in. */
public record DHRFundOpened(
        String fundId,
        String name,
        LocalDate openedOn,
        long openingBalancePence,
        Instant recordedAt) implements FundEvent {
}
