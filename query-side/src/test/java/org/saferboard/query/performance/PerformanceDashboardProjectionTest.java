package org.saferboard.query.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.performance.DirectionOfTravel;
import org.saferboard.api.performance.FigurePeriod;
import org.saferboard.api.performance.IndicatorUnit;
import org.saferboard.api.performance.OutcomeRag;
import org.saferboard.api.performance.Polarity;
import org.saferboard.api.performance.SimilarAreasComparison;
import org.saferboard.api.performance.TargetProgress;
import org.saferboard.api.performance.events.FigureRecorded;
import org.saferboard.api.performance.events.FigureRevised;
import org.saferboard.api.performance.events.IndicatorDefined;
import org.saferboard.api.performance.events.OutcomeDefined;
import org.saferboard.api.performance.events.OutcomeRated;
import org.saferboard.api.performance.queries.FindIndicatorTrend;
import org.saferboard.api.performance.queries.FindPerformanceDashboard;
import org.saferboard.api.performance.views.IndicatorTrend;
import org.saferboard.api.performance.views.PerformanceDashboard;
import org.saferboard.testing.TestMongo;

/** The performance read model, fed the board's 2014/15 Q4 crime outcome (seed 003), and the dashboard drawn from it. */
class PerformanceDashboardProjectionTest {

    private static final Instant AT = Instant.parse("2015-06-04T09:00:00Z");
    private static final Instant LATER = Instant.parse("2015-06-10T09:00:00Z");
    private static final String CRIME = "lscsb-outcome-crime";
    private static final String ASB = "lscsb-outcome-asb";
    private static final String VEHICLE = "vehicle.crime";
    private static final String TOTAL = "total-crime";
    private static final String COUNTY = "Leicestershire";
    private static final String CHARNWOOD = "Charnwood";
    private static final String HINCKLEY = "Hinckley & Bosworth";

    private PerformanceDashboardProjection projection;
    private PerformanceQueries queries;

    @BeforeEach
    void setUp() {
        projection = new PerformanceDashboardProjection(TestMongo.newDatabase(), processingGroup -> { });
        queries = new PerformanceQueries(projection, Clock.fixed(LATER, ZoneOffset.UTC), new BigDecimal("2"));
    }

    private void feedCrimeOutcome() {
        projection.on(new OutcomeDefined(CRIME, "LSCSB", "Ongoing reductions in crime", 1, AT));
        projection.on(new IndicatorDefined(CRIME, TOTAL, "Total Crime rate (per 1,000 population)", IndicatorUnit.RATE_PER_1000,
                Polarity.LOWER_IS_BETTER, new BigDecimal("46"), FigurePeriod.ROLLING_12_MONTHS, "Leicestershire Police", COUNTY, List.of(),
                null, AT), 1);
        projection.on(new IndicatorDefined(CRIME, VEHICLE, "Vehicle Crime rate (per 1,000 population)", IndicatorUnit.RATE_PER_1000,
                Polarity.LOWER_IS_BETTER, null, FigurePeriod.ROLLING_12_MONTHS, "Leicestershire Police", COUNTY,
                List.of(CHARNWOOD, HINCKLEY), new BigDecimal("5"), AT), 2);
        projection.on(new FigureRecorded(CRIME, TOTAL, COUNTY, "2013-14-Q4", new BigDecimal("47.18"), null, null, AT), 3);
        projection.on(new FigureRecorded(CRIME, TOTAL, COUNTY, "2014-15-Q4", new BigDecimal("45.79"), null, SimilarAreasComparison.TOP, AT), 4);
        projection.on(new FigureRecorded(CRIME, VEHICLE, COUNTY, "2013-14-Q4", new BigDecimal("5.71"), null, null, AT), 5);
        projection.on(new FigureRecorded(CRIME, VEHICLE, COUNTY, "2014-15-Q4", new BigDecimal("6.30"), null, SimilarAreasComparison.BOTTOM,
                AT), 6);
        projection.on(new FigureRecorded(CRIME, VEHICLE, HINCKLEY, "2013-14-Q4", new BigDecimal("4.10"), null, null, AT), 7);
        projection.on(new FigureRecorded(CRIME, VEHICLE, HINCKLEY, "2014-15-Q4", new BigDecimal("5.02"), "Q3 2014-15", null, AT), 8);
        projection.on(new FigureRevised(CRIME, VEHICLE, COUNTY, "2014-15-Q4", new BigDecimal("6.30"), new BigDecimal("6.35"), null,
                "re-run", SimilarAreasComparison.BOTTOM, SimilarAreasComparison.BOTTOM, "Late recording added", LATER), 9);
        projection.on(new OutcomeRated(CRIME, "2014-15-Q4", null, OutcomeRag.AMBER, "Draft", "James Fox", null, null, AT), 10);
        projection.on(new OutcomeRated(CRIME, "2014-15-Q4", OutcomeRag.AMBER, OutcomeRag.GREEN, "Overall crime is lower than last year.",
                "James Fox", "lscsb-2015-06-18", 36, LATER), 11);
    }

    private PerformanceDashboard q4() {
        return queries.handle(new FindPerformanceDashboard("LSCSB", "2014-15-Q4")).orElseThrow();
    }

    @Test
    void dashboardShowsRatingFiguresDirectionsAndDistrictTable() {
        feedCrimeOutcome();

        PerformanceDashboard dashboard = q4();

        assertThat(dashboard.comparedWithQuarter()).isEqualTo("2013-14-Q4");
        assertThat(dashboard.quartersRecorded()).containsExactly("2013-14-Q4", "2014-15-Q4");
        PerformanceDashboard.Outcome crime = dashboard.outcomes().get(0);
        assertThat(crime.version()).isEqualTo(12);
        assertThat(crime.rating().rag()).isEqualTo(OutcomeRag.GREEN);
        assertThat(crime.rating().presentedAtMinuteNumber()).isEqualTo(36);
        assertThat(crime.rating().earlier()).extracting(PerformanceDashboard.EarlierRating::rag).containsExactly(OutcomeRag.AMBER);
        assertThat(crime.indicators()).extracting(PerformanceDashboard.Indicator::indicatorId).containsExactly(TOTAL, VEHICLE);

        PerformanceDashboard.Indicator total = crime.indicators().get(0);
        assertThat(total.direction().direction()).isEqualTo(DirectionOfTravel.Direction.DOWN);
        assertThat(total.direction().colour()).isEqualTo("green");
        assertThat(total.progress()).isEqualTo(TargetProgress.MET);
        assertThat(total.countyComparison()).isEqualTo(SimilarAreasComparison.TOP);
        assertThat(total.levelWithinPercent()).isEqualByComparingTo("2");

        PerformanceDashboard.Indicator vehicle = crime.indicators().get(1);
        assertThat(vehicle.latest().value()).isEqualByComparingTo("6.35");
        assertThat(vehicle.latest().revised()).isTrue();
        assertThat(vehicle.latest().revisions()).singleElement().satisfies(revision -> {
            assertThat(revision.previousValue()).isEqualByComparingTo("6.30");
            assertThat(revision.reason()).isEqualTo("Late recording added");
            assertThat(revision.previousNote()).isNull();
            assertThat(revision.note()).isEqualTo("re-run");
        });
        assertThat(vehicle.direction().words()).isEqualTo("up 11.2%, worse");
        assertThat(vehicle.direction().arrow()).isEqualTo("↑");
        assertThat(vehicle.progress()).isEqualTo(TargetProgress.NO_TARGET);
        assertThat(vehicle.districts()).extracting(PerformanceDashboard.AreaRow::area).containsExactly(CHARNWOOD, HINCKLEY);
        assertThat(vehicle.districts().get(0).latest()).as("no Charnwood figure recorded").isNull();
        assertThat(vehicle.districts().get(0).direction()).isNull();
        assertThat(vehicle.districts().get(1).latest().note()).isEqualTo("Q3 2014-15");
        assertThat(vehicle.districts().get(1).direction().words()).isEqualTo("up 22.4%, worse");
    }

    @Test
    void sameEventsFedTwiceChangeNothing() {
        feedCrimeOutcome();
        PerformanceDashboard once = q4();

        feedCrimeOutcome();

        assertThat(q4()).isEqualTo(once);
        assertThat(once.outcomes().get(0).indicators().get(1).latest().revisions()).hasSize(1);
    }

    @Test
    void outcomesShowInTheirPlacesAndOnlyTheBoardsOwn() {
        projection.on(new OutcomeDefined(ASB, "LSCSB", "Continue to reduce anti-social behaviour", 4, AT));
        feedCrimeOutcome();
        projection.on(new OutcomeDefined("other", "LLR-CSP", "Another board's outcome", 1, AT));

        assertThat(q4().outcomes()).extracting(PerformanceDashboard.Outcome::outcomeId).containsExactly(CRIME, ASB);
        assertThat(q4().outcomes().get(1).rating()).isNull();
    }

    @Test
    void withoutQuarterTheLatestRecordedIsShown() {
        feedCrimeOutcome();

        assertThat(queries.handle(new FindPerformanceDashboard("LSCSB", null)).orElseThrow().quarter()).isEqualTo("2014-15-Q4");
        assertThat(queries.handle(new FindPerformanceDashboard("NO-SUCH-BOARD", null))).isEmpty();
    }

    @Test
    void quarterWithoutFiguresShowsIndicatorsWithoutDirection() {
        feedCrimeOutcome();

        PerformanceDashboard.Indicator vehicle = queries.handle(new FindPerformanceDashboard("LSCSB", "2015-16-Q1")).orElseThrow()
                .outcomes().get(0).indicators().get(1);

        assertThat(vehicle.latest()).isNull();
        assertThat(vehicle.direction()).isNull();
    }

    @Test
    void meetingPackShowsWhatWasRecordedByTheEndOfItsDay() {
        feedCrimeOutcome();
        projection.on(new OutcomeDefined(ASB, "LSCSB", "Continue to reduce anti-social behaviour", 4, LATER));

        PerformanceDashboard beforeRevision = queries.atMeeting("LSCSB", "an-earlier-meeting", Instant.parse("2015-06-05T00:00:00Z"))
                .orElseThrow();
        PerformanceDashboard atJuneMeeting = queries.atMeeting("LSCSB", "lscsb-2015-06-18", Instant.parse("2015-06-18T23:00:00Z"))
                .orElseThrow();

        assertThat(beforeRevision.quarter()).isEqualTo("2014-15-Q4");
        assertThat(beforeRevision.outcomes()).extracting(PerformanceDashboard.Outcome::outcomeId).containsExactly(CRIME);
        assertThat(beforeRevision.outcomes().get(0).rating().rag()).isEqualTo(OutcomeRag.AMBER);
        PerformanceDashboard.Figure vehicleThen = beforeRevision.outcomes().get(0).indicators().get(1).latest();
        assertThat(vehicleThen.value()).isEqualByComparingTo("6.30");
        assertThat(vehicleThen.revised()).isFalse();
        assertThat(atJuneMeeting.outcomes()).extracting(PerformanceDashboard.Outcome::outcomeId).containsExactly(CRIME, ASB);
        assertThat(atJuneMeeting.outcomes().get(0).rating().rag()).isEqualTo(OutcomeRag.GREEN);
        assertThat(queries.atMeeting("LSCSB", "lscsb-2015-03-19", Instant.parse("2015-03-19T23:59:59Z"))).isEmpty();
    }

    @Test
    void defaultToleranceOutsideNoneToAllIsRefusedAtStart() {
        Clock clock = Clock.fixed(LATER, ZoneOffset.UTC);

        assertThatThrownBy(() -> new PerformanceQueries(projection, clock, new BigDecimal("-1")))
                .hasMessageContaining("saferboard.performance.level-within-percent must be from 0 to 100");
        assertThatThrownBy(() -> new PerformanceQueries(projection, clock, new BigDecimal("100.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trendHasEveryQuarterForEveryAreaCountyFirst() {
        feedCrimeOutcome();

        IndicatorTrend trend = queries.handle(new FindIndicatorTrend(CRIME, VEHICLE)).orElseThrow();

        assertThat(trend.quarters()).containsExactly("2013-14-Q4", "2014-15-Q4");
        assertThat(trend.areas()).extracting(IndicatorTrend.AreaSeries::area).containsExactly(COUNTY, CHARNWOOD, HINCKLEY);
        assertThat(trend.areas().get(0).points()).extracting(IndicatorTrend.Point::value)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("5.71"), new BigDecimal("6.35"));
        assertThat(trend.areas().get(0).points().get(1).revised()).isTrue();
        assertThat(trend.areas().get(1).points()).extracting(IndicatorTrend.Point::value).containsOnlyNulls();
        assertThat(queries.handle(new FindIndicatorTrend(CRIME, "no-such-indicator"))).isEmpty();
    }
}
