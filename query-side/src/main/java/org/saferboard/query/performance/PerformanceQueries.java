package org.saferboard.query.performance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.performance.Quarter;
import org.saferboard.api.performance.queries.FindIndicatorTrend;
import org.saferboard.api.performance.queries.FindOutcome;
import org.saferboard.api.performance.queries.FindPerformanceDashboard;
import org.saferboard.api.performance.views.IndicatorTrend;
import org.saferboard.api.performance.views.OutcomeOutline;
import org.saferboard.api.performance.views.PerformanceDashboard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The performance dashboard and an indicator's trend, read from the performance read model. */
@Component
public class PerformanceQueries {

    private final PerformanceDashboardProjection readModel;
    private final Clock clock;
    private final BigDecimal defaultLevelWithinPercent;

    public PerformanceQueries(PerformanceDashboardProjection readModel, Clock clock,
                              @Value("${saferboard.performance.level-within-percent:2}") BigDecimal defaultLevelWithinPercent) {
        if (defaultLevelWithinPercent.signum() < 0 || defaultLevelWithinPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("saferboard.performance.level-within-percent must be from 0 to 100, not "
                    + defaultLevelWithinPercent);
        }
        this.readModel = readModel;
        this.clock = clock;
        this.defaultLevelWithinPercent = defaultLevelWithinPercent;
    }

    /** Empty when the board has no outcomes on its dashboard. */
    @QueryHandler
    public Optional<PerformanceDashboard> handle(FindPerformanceDashboard query) {
        return dashboard(query.boardId(), query.quarter() == null ? null : Quarter.parse(query.quarter(), "quarter"),
                readModel.outcomesOf(query.boardId()));
    }

    @QueryHandler
    public Optional<IndicatorTrend> handle(FindIndicatorTrend query) {
        return readModel.outcome(query.outcomeId()).flatMap(outcome -> outcome.indicators().stream()
                .filter(indicator -> indicator.indicatorId().equals(query.indicatorId()))
                .findFirst()
                .map(indicator -> Dashboards.trend(outcome, indicator)));
    }

    @QueryHandler
    public Optional<OutcomeOutline> handle(FindOutcome query) {
        return readModel.outcome(query.outcomeId()).map(outcome -> new OutcomeOutline(outcome.outcomeId(), outcome.boardId(),
                outcome.title(), outcome.version(), outcome.indicators().stream()
                .map(indicator -> new OutcomeOutline.IndicatorOutline(indicator.indicatorId(), indicator.name(), indicator.county(),
                        indicator.districts()))
                .toList()));
    }

    /**
     * The dashboard as a meeting saw it: as recorded by the cut-off (the end of the meeting's day), by the
     * instants the events carry, so that the demo board's 2015 records read as of 2015; of the latest
     * quarter whose ratings that meeting noted, or, when it noted none, the latest quarter recorded by then.
     * Empty when the board had no outcomes by then.
     */
    public Optional<PerformanceDashboard> atMeeting(String boardId, String meetingId, Instant cutoff) {
        List<OutcomeRecord> outcomes = readModel.outcomesOf(boardId).stream()
                .flatMap(outcome -> outcome.recordedBy(cutoff).stream())
                .toList();
        Quarter noted = outcomes.stream()
                .flatMap(outcome -> outcome.ratings().entrySet().stream()
                        .filter(ratings -> ratings.getValue().stream().anyMatch(rating -> meetingId.equals(rating.presentedAtMeetingId())))
                        .map(ratings -> Quarter.parse(ratings.getKey(), "quarter")))
                .max(Quarter::compareTo)
                .orElse(null);
        return dashboard(boardId, noted, outcomes);
    }

    /**
     * The dashboard of these outcomes for the quarter; with none asked for, the latest quarter with a
     * figure or rating, or the current quarter when there is none yet. Empty when there are no outcomes.
     */
    Optional<PerformanceDashboard> dashboard(String boardId, Quarter quarter, List<OutcomeRecord> outcomes) {
        if (outcomes.isEmpty()) {
            return Optional.empty();
        }
        Quarter shown = quarter != null ? quarter : latestOrCurrent(outcomes);
        return Optional.of(Dashboards.dashboard(boardId, shown, outcomes, defaultLevelWithinPercent));
    }

    private Quarter latestOrCurrent(List<OutcomeRecord> outcomes) {
        List<Quarter> recorded = Dashboards.quartersRecorded(outcomes);
        return recorded.isEmpty() ? Quarter.containing(BusinessCalendar.today(clock)) : recorded.get(recorded.size() - 1);
    }
}
