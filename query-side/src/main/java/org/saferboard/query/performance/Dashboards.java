package org.saferboard.query.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.saferboard.api.performance.DirectionOfTravel;
import org.saferboard.api.performance.Quarter;
import org.saferboard.api.performance.TargetProgress;
import org.saferboard.api.performance.views.IndicatorTrend;
import org.saferboard.api.performance.views.PerformanceDashboard;

/**
 * The dashboard and an indicator's trend drawn from the outcomes' records: one piece of code for the
 * live read and the read as at a past instant, which differ only in the records they are given.
 */
final class Dashboards {

    private Dashboards() {
    }

    /** Every quarter with a figure or a rating on these outcomes, earliest first. */
    static List<Quarter> quartersRecorded(List<OutcomeRecord> outcomes) {
        TreeSet<Quarter> quarters = new TreeSet<>();
        for (OutcomeRecord outcome : outcomes) {
            outcome.ratings().keySet().forEach(quarter -> quarters.add(Quarter.parse(quarter, "quarter")));
            outcome.figures().values().stream().flatMap(byArea -> byArea.values().stream()).flatMap(byQuarter -> byQuarter.keySet().stream())
                    .forEach(quarter -> quarters.add(Quarter.parse(quarter, "quarter")));
        }
        return List.copyOf(quarters);
    }

    /**
     * @param defaultLevelWithinPercent the tolerance of an indicator that states none
     */
    static PerformanceDashboard dashboard(String boardId, Quarter quarter, List<OutcomeRecord> outcomes, BigDecimal defaultLevelWithinPercent) {
        Quarter yearBefore = quarter.yearBefore();
        List<PerformanceDashboard.Outcome> shown = outcomes.stream()
                .map(outcome -> new PerformanceDashboard.Outcome(outcome.outcomeId(), outcome.title(), outcome.position(),
                        rating(outcome, quarter),
                        outcome.indicators().stream()
                                .map(indicator -> indicator(outcome, indicator, quarter, yearBefore, defaultLevelWithinPercent))
                                .toList(),
                        outcome.version()))
                .toList();
        return new PerformanceDashboard(boardId, quarter.toString(), yearBefore.toString(),
                quartersRecorded(outcomes).stream().map(Quarter::toString).toList(), shown);
    }

    static IndicatorTrend trend(OutcomeRecord outcome, OutcomeRecord.IndicatorRecord indicator) {
        List<String> areas = Stream.concat(Stream.of(indicator.county()), indicator.districts().stream()).toList();
        TreeSet<Quarter> quarters = new TreeSet<>();
        outcome.figures().getOrDefault(indicator.indicatorId(), Map.of()).values()
                .forEach(byQuarter -> byQuarter.keySet().forEach(quarter -> quarters.add(Quarter.parse(quarter, "quarter"))));
        List<IndicatorTrend.AreaSeries> series = new ArrayList<>();
        for (String area : areas) {
            List<IndicatorTrend.Point> points = quarters.stream().map(quarter -> {
                List<OutcomeRecord.FigureEntry> entries = outcome.figure(indicator.indicatorId(), area, quarter.toString());
                if (entries.isEmpty()) {
                    return new IndicatorTrend.Point(quarter.toString(), null, null, false);
                }
                OutcomeRecord.FigureEntry standing = entries.get(entries.size() - 1);
                return new IndicatorTrend.Point(quarter.toString(), standing.value(), standing.note(), entries.size() > 1);
            }).toList();
            series.add(new IndicatorTrend.AreaSeries(area, points));
        }
        return new IndicatorTrend(outcome.outcomeId(), outcome.boardId(), indicator.indicatorId(), indicator.name(), indicator.unit(),
                indicator.polarity(), indicator.period(), indicator.target(), quarters.stream().map(Quarter::toString).toList(), series);
    }

    private static PerformanceDashboard.Rating rating(OutcomeRecord outcome, Quarter quarter) {
        List<OutcomeRecord.RatingEntry> ratings = outcome.ratings().getOrDefault(quarter.toString(), List.of());
        if (ratings.isEmpty()) {
            return null;
        }
        OutcomeRecord.RatingEntry standing = ratings.get(ratings.size() - 1);
        return new PerformanceDashboard.Rating(standing.rag(), standing.comment(), standing.ratedBy(), standing.ratedAt(),
                standing.presentedAtMeetingId(), standing.presentedAtMinuteNumber(),
                ratings.subList(0, ratings.size() - 1).stream()
                        .map(earlier -> new PerformanceDashboard.EarlierRating(earlier.rag(), earlier.comment(), earlier.ratedBy(),
                                earlier.ratedAt()))
                        .toList());
    }

    private static PerformanceDashboard.Indicator indicator(OutcomeRecord outcome, OutcomeRecord.IndicatorRecord indicator, Quarter quarter,
                                                            Quarter yearBefore, BigDecimal defaultLevelWithinPercent) {
        BigDecimal tolerance = indicator.levelWithinPercent() != null ? indicator.levelWithinPercent() : defaultLevelWithinPercent;
        PerformanceDashboard.AreaRow county = row(outcome, indicator, indicator.county(), quarter, yearBefore, tolerance);
        List<PerformanceDashboard.AreaRow> districts = indicator.districts().stream()
                .map(district -> row(outcome, indicator, district, quarter, yearBefore, tolerance))
                .toList();
        return new PerformanceDashboard.Indicator(indicator.indicatorId(), indicator.name(), indicator.unit(), indicator.polarity(),
                indicator.period(), indicator.source(), indicator.target(), tolerance, indicator.county(), county.previousYear(),
                county.latest(), county.direction(),
                TargetProgress.of(county.latest() == null ? null : county.latest().value(), indicator.target(), indicator.polarity()),
                county.latest() == null ? null : county.latest().comparison(), districts);
    }

    private static PerformanceDashboard.AreaRow row(OutcomeRecord outcome, OutcomeRecord.IndicatorRecord indicator, String area,
                                                    Quarter quarter, Quarter yearBefore, BigDecimal tolerance) {
        PerformanceDashboard.Figure previous = figure(outcome.figure(indicator.indicatorId(), area, yearBefore.toString()));
        PerformanceDashboard.Figure latest = figure(outcome.figure(indicator.indicatorId(), area, quarter.toString()));
        DirectionOfTravel direction = previous == null || latest == null ? null
                : DirectionOfTravel.between(previous.value(), latest.value(), indicator.polarity(), tolerance);
        return new PerformanceDashboard.AreaRow(area, previous, latest, direction);
    }

    /** The figure as it stands (its last revision), with every revision; null when none was recorded. */
    private static PerformanceDashboard.Figure figure(List<OutcomeRecord.FigureEntry> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        List<PerformanceDashboard.Revision> revisions = new ArrayList<>();
        for (int i = 1; i < entries.size(); i++) {
            OutcomeRecord.FigureEntry before = entries.get(i - 1);
            OutcomeRecord.FigureEntry revision = entries.get(i);
            revisions.add(new PerformanceDashboard.Revision(before.value(), revision.value(), before.note(), revision.note(),
                    revision.reason(), revision.at()));
        }
        OutcomeRecord.FigureEntry standing = entries.get(entries.size() - 1);
        return new PerformanceDashboard.Figure(standing.value(), standing.note(), standing.comparison(), entries.get(0).at(),
                !revisions.isEmpty(), revisions);
    }
}
