package org.saferboard.query.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
record OutcomeRecord(String outcomeId, String boardId, String title, int position, Instant definedAt, List<IndicatorRecord> indicators,
                     Map<String, Map<String, Map<String, List<FigureEntry>>>> figures, Map<String, List<RatingEntry>> ratings,
                     long version) {

    record IndicatorRecord(String indicatorId, String name, IndicatorUnit unit, Polarity polarity, BigDecimal target, FigurePeriod period,
                           String source, String county, List<String> districts, BigDecimal levelWithinPercent, Instant definedAt) {
    }

    /** @param reason null for the figure as first recorded */
    record FigureEntry(BigDecimal value, String note, SimilarAreasComparison comparison, String reason, Instant at) {
    }

    record RatingEntry(OutcomeRag rag, String comment, String ratedBy, String presentedAtMeetingId, Integer presentedAtMinuteNumber,
                       Instant ratedAt) {
    }

    /**
     * The outcome as it had been recorded by the instant, by the instants its events carry: its
     * indicators, figures and ratings of then. Empty when it was defined later.
     */
    Optional<OutcomeRecord> recordedBy(Instant cutoff) {
        if (definedAt.isAfter(cutoff)) {
            return Optional.empty();
        }
        Map<String, Map<String, Map<String, List<FigureEntry>>>> figuresThen = new LinkedHashMap<>();
        figures.forEach((indicatorId, byArea) -> byArea.forEach((area, byQuarter) -> byQuarter.forEach((quarter, entries) -> {
            List<FigureEntry> then = entries.stream().filter(entry -> !entry.at().isAfter(cutoff)).toList();
            if (!then.isEmpty()) {
                figuresThen.computeIfAbsent(indicatorId, id -> new LinkedHashMap<>()).computeIfAbsent(area, name -> new LinkedHashMap<>())
                        .put(quarter, then);
            }
        })));
        Map<String, List<RatingEntry>> ratingsThen = new LinkedHashMap<>();
        ratings.forEach((quarter, entries) -> {
            List<RatingEntry> then = entries.stream().filter(entry -> !entry.ratedAt().isAfter(cutoff)).toList();
            if (!then.isEmpty()) {
                ratingsThen.put(quarter, then);
            }
        });
        return Optional.of(new OutcomeRecord(outcomeId, boardId, title, position, definedAt,
                indicators.stream().filter(indicator -> !indicator.definedAt().isAfter(cutoff)).toList(), figuresThen, ratingsThen, version));
    }

    /** The figure entries of an indicator in an area and a quarter; empty when none was recorded. */
    List<FigureEntry> figure(String indicatorId, String area, String quarter) {
        return figures.getOrDefault(indicatorId, Map.of()).getOrDefault(area, Map.of()).getOrDefault(quarter, List.of());
    }
}
