package org.saferboard.api.performance.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.saferboard.api.performance.FigurePeriod;
import org.saferboard.api.performance.IndicatorUnit;
import org.saferboard.api.performance.Polarity;

/** @param levelWithinPercent null: the dashboard's default tolerance */
public record IndicatorDefined(
        String outcomeId,
        String indicatorId,
        String name,
        IndicatorUnit unit,
        Polarity polarity,
        BigDecimal target,
        FigurePeriod period,
        String source,
        String county,
        List<String> districts,
        BigDecimal levelWithinPercent,
        Instant definedAt) implements OutcomeEvent {
}
