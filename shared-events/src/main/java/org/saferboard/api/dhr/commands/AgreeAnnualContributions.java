package org.saferboard.api.dhr.commands;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.dhr.PartnerAmount;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;
import org.saferboard.api.rules.YearLabel;

/** The partners' contributions for a financial year, as agreed by the board (e.g. 2015-16: County Council £30,000.00, ...). */
public record AgreeAnnualContributions(
        @TargetAggregateIdentifier @CaseId String fundId,
        @NotNull @YearLabel String financialYear,
        @NotEmpty @Size(max = FieldRules.PARTNERS) List<@NotNull @Valid PartnerAmount> contributions,
        @Text String resolutionReference,
        LocalDate agreedOn,
        @PositiveOrZero Long expectedVersion) {
}
