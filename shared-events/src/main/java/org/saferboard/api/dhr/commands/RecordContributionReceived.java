package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;
import org.saferboard.api.rules.YearLabel;

/** A partner's payment of called-in contributions. */
public record RecordContributionReceived(
        @TargetAggregateIdentifier @CaseId String fundId,
        @CaseId String receiptId,
        @NotNull @YearLabel String financialYear,
        @Text String partner,
        @Positive long amountPence,
        LocalDate receivedOn,
        @Size(max = FieldRules.TEXT) String reference,
        @PositiveOrZero Long expectedVersion) {
}
