package org.saferboard.api.performance.views;

import java.math.BigDecimal;
import java.util.List;
import org.saferboard.api.performance.FigurePeriod;
import org.saferboard.api.performance.IndicatorUnit;
import org.saferboard.api.performance.Polarity;

/**
 * An indicator's figures over the quarters, per area (the county first).
 *
 * @param quarters every quarter with a figure for any area, earliest first, written 2014-15-Q4
 */
public record IndicatorTrend(String outcomeId, String boardId, String indicatorId, String name, IndicatorUnit unit, Polarity polarity,
                             FigurePeriod period, BigDecimal target, List<String> quarters, List<AreaSeries> areas) {

    /** @param points one per quarter of {@link IndicatorTrend#quarters}, in order; a point's value is null where none was recorded */
    public record AreaSeries(String area, List<Point> points) {
    }

    public record Point(String quarter, BigDecimal value, String note, boolean revised) {
    }
}
