package org.saferboard.query.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.saferboard.api.performance.FigurePeriod;
import org.saferboard.api.performance.IndicatorUnit;
import org.saferboard.api.performance.OutcomeRag;
import org.saferboard.api.performance.Polarity;
import org.saferboard.api.performance.SimilarAreasComparison;

/**
 * One outcome as the performance read model holds it: its indicators in the order defined, every
 * figure with its revisions, and every rating of each quarter. The dashboard and the trends are
 * drawn from these (see {@link Dashboards}), live and as at a past instant alike.
 *
 * @param figures by indicator id, then area, then quarter (2014-15-Q4): the figure as recorded first, then each revision
 * @param ratings by quarter: the ratings in the order given; the last one stands
 */
record OutcomeRecord(String outcomeId, String boardId, String title, int position, List<IndicatorRecord> indicators,
                     Map<String, Map<String, Map<String, List<FigureEntry>>>> figures, Map<String, List<RatingEntry>> ratings,
                     long version) {

    record IndicatorRecord(String indicatorId, String name, IndicatorUnit unit, Polarity polarity, BigDecimal target, FigurePeriod period,
                           String source, String county, List<String> districts, BigDecimal levelWithinPercent) {
    }

    /** @param reason null for the figure as first recorded */
    record FigureEntry(BigDecimal value, String note, SimilarAreasComparison comparison, String reason, Instant at) {
    }

    record RatingEntry(OutcomeRag rag, String comment, String ratedBy, String presentedAtMeetingId, Integer presentedAtMinuteNumber,
                       Instant ratedAt) {
    }

    /** The figure entries of an indicator in an area and a quarter; empty when none was recorded. */
    List<FigureEntry> figure(String indicatorId, String area, String quarter) {
        return figures.getOrDefault(indicatorId, Map.of()).getOrDefault(area, Map.of()).getOrDefault(quarter, List.of());
    }
}
