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

/**
 * An indicator's figure for one of its areas and a quarter (written 2014-15-Q4), with a note such as
 * "not directly comparable" or "Q3 2014-15". Once recorded, it changes only by {@link ReviseFigure}.
 */
public record RecordFigure(
        @TargetAggregateIdentifier @CaseId String outcomeId,
        @CaseId String indicatorId,
        @Text String area,
        @NotBlank String quarter,
        @NotNull @Digits(integer = 12, fraction = 6) BigDecimal value,
        @Size(max = FieldRules.TEXT) String note,
        SimilarAreasComparison comparison,
        @PositiveOrZero Long expectedVersion) {
}
