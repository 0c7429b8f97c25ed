package org.saferboard.api.performance.commands;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.performance.SimilarAreasComparison;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

/** A recorded figure corrected, with the reason; the figure it replaces stays in the history. */
public record ReviseFigure(
        @TargetAggregateIdentifier @CaseId String outcomeId,
        @CaseId String indicatorId,
        @Text String area,
        @NotBlank String quarter,
        @NotNull @Digits(integer = 12, fraction = 6) BigDecimal value,
        @Size(max = FieldRules.TEXT) String note,
        SimilarAreasComparison comparison,
        @Text String reason,
        @PositiveOrZero Long expectedVersion) {
}
