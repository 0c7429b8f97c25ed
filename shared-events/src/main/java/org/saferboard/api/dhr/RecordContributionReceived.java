package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner's payment of called-in contributions. */
public record RecordContributionReceived(
        @TargetAggregateIdentifier String fundId,
        String receiptId,
        String financialYear,
        String partner,
        long amountPence,
        LocalDate receivedOn,
        String reference,
        Long expectedVersion) {
}
