package org.saferboard.api.dhr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Contributions called in, per partner. */
public record ContributionsDrawnDown(
        String fundId,
        String drawdownId,
        String financialYear,
        List<PartnerAmount> amounts,
        String reason,
        LocalDate drawnOn,
        Instant recordedAt) implements FundEvent {
}
