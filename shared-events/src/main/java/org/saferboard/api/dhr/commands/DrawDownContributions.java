package org.saferboard.api.dhr.commands;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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

/** Calls in part of a year's agreed contributions, only when reviews need it: either a total shared pro rata to the agreed amounts, or an amount per partner. */
public record DrawDownContributions(
        @TargetAggregateIdentifier @CaseId String fundId,
        @CaseId String drawdownId,
        @NotNull @YearLabel String financialYear,
        @Positive Long totalPence,
        @Size(max = FieldRules.PARTNERS) List<@NotNull @Valid PartnerAmount> amounts,
        @Text String reason,
        LocalDate drawnOn,
        @PositiveOrZero Long expectedVersion) {
}
