package org.saferboard.api.performance.commands;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.performance.FigurePeriod;
import org.saferboard.api.performance.IndicatorUnit;
import org.saferboard.api.performance.Polarity;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

/**
 * A supporting indicator of an outcome: what it measures, which way is better, the areas its figures
 * are reported for (the county, and each district when the source breaks it down).
 *
 * @param levelWithinPercent a change of at most this percentage either way shows as level; the dashboard's default when null
 */
public record DefineIndicator(
        @TargetAggregateIdentifier @CaseId String outcomeId,
        @CaseId String indicatorId,
        @Text String name,
        @NotNull IndicatorUnit unit,
        @NotNull Polarity polarity,
        @Digits(integer = 12, fraction = 6) BigDecimal target,
        @NotNull FigurePeriod period,
        @Size(max = FieldRules.TEXT) String source,
        @Text String county,
        @Size(max = FieldRules.LIST) List<@Text String> districts,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal levelWithinPercent,
        @PositiveOrZero Long expectedVersion) {
}
