package org.saferboard.api.dhr;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Calls in part of a year's agreed contributions, only when reviews need it: either a total shared pro rata to the agreed amounts, or an amount per partner. */
public record DrawDownContributions(
        @TargetAggregateIdentifier String fundId,
        String drawdownId,
        String financialYear,
        Long totalPence,
        List<PartnerAmount> amounts,
        String reason,
        LocalDate drawnOn,
        Long expectedVersion) {
}
