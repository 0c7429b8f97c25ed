package org.saferboard.api.dhr;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The partners' contributions for a financial year, as agreed by the board (e.g. 2015-16: County Council £30,000.00, ...). */
public record AgreeAnnualContributions(
        @TargetAggregateIdentifier String fundId,
        String financialYear,
        List<PartnerAmount> contributions,
        String resolutionReference,
        LocalDate agreedOn,
        Long expectedVersion) {
}
