package org.saferboard.command.performance;

import static org.saferboard.command.RefusedWith.refusedWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.meeting.commands.MeetingOutline;
import org.saferboard.api.performance.FigurePeriod;
import org.saferboard.api.performance.IndicatorUnit;
import org.saferboard.api.performance.OutcomeRag;
import org.saferboard.api.performance.Polarity;
import org.saferboard.api.performance.SimilarAreasComparison;
import org.saferboard.api.performance.commands.DefineIndicator;
import org.saferboard.api.performance.commands.DefineOutcome;
import org.saferboard.api.performance.commands.RateOutcome;
import org.saferboard.api.performance.commands.RecordFigure;
import org.saferboard.api.performance.commands.ReviseFigure;
import org.saferboard.api.performance.events.FigureRecorded;
import org.saferboard.api.performance.events.FigureRevised;
import org.saferboard.api.performance.events.IndicatorDefined;
import org.saferboard.api.performance.events.OutcomeDefined;
import org.saferboard.api.performance.events.OutcomeRated;
import org.saferboard.command.BrokenFieldRule;
import org.saferboard.command.CaseRefused;
import org.saferboard.command.meeting.OtherMeetings;

/** The Outcome aggregate: an outcome of the performance dashboard, from the board's 2014/15 Q4 dashboard (seed 003). */
class OutcomeTest {

    /** 1 June 2015: 2015-16 Q1 has begun, Q2 has not. */
    private static final Instant NOW = Instant.parse("2015-06-01T09:00:00Z");
    private static final Instant EARLIER = Instant.parse("2015-05-20T09:00:00Z");
    private static final String OUTCOME_ID = "lscsb-reductions-in-crime";
    private static final String BOARD = "LSCSB";
    private static final String TITLE = "Ongoing reductions in crime";
    private static final String VEHICLE = "vehicle-crime-rate";
    private static final String VEHICLE_NAME = "Vehicle Crime rate (per 1,000 population)";
    private static final String COUNTY = "Leicestershire";
    private static final List<String> DISTRICTS = List.of("Blaby", "Charnwood", "Hinckley & Bosworth");
    private static final String Q4 = "2014-15-Q4";
    private static final BigDecimal BEFORE = new BigDecimal("5.71");
    private static final BigDecimal NOW_RATE = new BigDecimal("6.35");
    private static final String JUNE_MEETING = "lscsb-2015-06-18";
    private static final String COMMENT = "Overall crime is lower than last year.";

    private static final OutcomeDefined DEFINED = new OutcomeDefined(OUTCOME_ID, BOARD, TITLE, 1, EARLIER);
    private static final IndicatorDefined VEHICLE_DEFINED = new IndicatorDefined(OUTCOME_ID, VEHICLE, VEHICLE_NAME,
            IndicatorUnit.RATE_PER_1000, Polarity.LOWER_IS_BETTER, null, FigurePeriod.ROLLING_12_MONTHS, "Leicestershire Police",
            COUNTY, DISTRICTS, null, EARLIER);
    private static final FigureRecorded VEHICLE_Q4 = new FigureRecorded(OUTCOME_ID, VEHICLE, COUNTY, Q4, NOW_RATE, null,
            SimilarAreasComparison.BOTTOM, EARLIER);
    private static final OutcomeRated RATED_GREEN = new OutcomeRated(OUTCOME_ID, Q4, null, OutcomeRag.GREEN, COMMENT, "James Fox",
            null, null, EARLIER);

    private AggregateTestFixture<Outcome> fixture;

    private final Map<String, MeetingOutline> meetings = Map.of(
            JUNE_MEETING, new MeetingOutline(JUNE_MEETING, BOARD, LocalDate.of(2015, 6, 18), false, List.of(34, 35, 36)),
            "other-board-meeting", new MeetingOutline("other-board-meeting", "LLR-CSP", LocalDate.of(2015, 6, 18), false, List.of(36)),
            "cancelled-meeting", new MeetingOutline("cancelled-meeting", BOARD, LocalDate.of(2015, 6, 25), true, List.of(36)));

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Outcome.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((OtherMeetings) (meetingId, field) -> meetings.get(meetingId));
    }

    private static DefineIndicator defineVehicle(BigDecimal target) {
        return new DefineIndicator(OUTCOME_ID, VEHICLE, VEHICLE_NAME, IndicatorUnit.RATE_PER_1000, Polarity.LOWER_IS_BETTER, target,
                FigurePeriod.ROLLING_12_MONTHS, "Leicestershire Police", COUNTY, DISTRICTS, null, null);
    }

    private static RecordFigure figure(String area, String quarter, BigDecimal value) {
        return new RecordFigure(OUTCOME_ID, VEHICLE, area, quarter, value, null, SimilarAreasComparison.BOTTOM, null);
    }

    private static RateOutcome rating(OutcomeRag rag, String meetingId, Integer minuteNumber) {
        return new RateOutcome(OUTCOME_ID, Q4, rag, COMMENT, "James Fox", meetingId, minuteNumber, null);
    }

    @Test
    void canDefineOutcome() {
        fixture.givenNoPriorActivity()
                .when(new DefineOutcome(OUTCOME_ID, BOARD, TITLE, 1))
                .expectEvents(new OutcomeDefined(OUTCOME_ID, BOARD, TITLE, 1, NOW))
                .expectResultMessagePayload(1L);
    }

    @Test
    void canRepeatDefineOutcomeWithSameContent() {
        fixture.given(DEFINED)
                .when(new DefineOutcome(OUTCOME_ID, BOARD, TITLE, 1))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void cannotDefineOutcomeIdTwiceWithOtherContent() {
        fixture.given(DEFINED)
                .when(new DefineOutcome(OUTCOME_ID, BOARD, "Reduce re-offending", 2))
                .expectNoEvents()
                .expectException(refusedWith(OutcomeRefused.OUTCOME_ID_ALREADY_USED));
    }

    @Test
    void cannotDefineOutcomeWithoutTitle() {
        fixture.givenNoPriorActivity()
                .when(new DefineOutcome(OUTCOME_ID, BOARD, " ", 1))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("title"));
    }

    @Test
    void canDefineIndicatorWithItsAreas() {
        fixture.given(DEFINED)
                .when(defineVehicle(null))
                .expectEvents(new IndicatorDefined(OUTCOME_ID, VEHICLE, VEHICLE_NAME, IndicatorUnit.RATE_PER_1000,
                        Polarity.LOWER_IS_BETTER, null, FigurePeriod.ROLLING_12_MONTHS, "Leicestershire Police", COUNTY, DISTRICTS,
                        null, NOW))
                .expectResultMessagePayload(2L);
    }

    @Test
    void canRepeatDefineIndicatorWithSameContent() {
        fixture.given(DEFINED, VEHICLE_DEFINED)
                .when(defineVehicle(null))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotDefineAnotherIndicatorUnderSameId() {
        fixture.given(DEFINED, VEHICLE_DEFINED)
                .when(defineVehicle(new BigDecimal("5.5")))
                .expectNoEvents()
                .expectException(refusedWith(OutcomeRefused.INDICATOR_EXISTS));
    }

    @Test
    void cannotDefineIndicatorNamingAreaTwice() {
        fixture.given(DEFINED)
                .when(new DefineIndicator(OUTCOME_ID, VEHICLE, VEHICLE_NAME, IndicatorUnit.RATE_PER_1000, Polarity.LOWER_IS_BETTER, null,
                        FigurePeriod.ROLLING_12_MONTHS, null, COUNTY, List.of("Blaby", " blaby "), null, null))
                .expectNoEvents()
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("\"blaby\" is named already; name each area once");
    }

    @Test
    void cannotDefineIndicatorWithoutPolarity() {
        fixture.given(DEFINED)
                .when(new DefineIndicator(OUTCOME_ID, VEHICLE, VEHICLE_NAME, IndicatorUnit.RATE_PER_1000, null, null,
                        FigurePeriod.ROLLING_12_MONTHS, null, COUNTY, DISTRICTS, null, null))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("polarity"));
    }

    @Test
    void cannotDefineIndicatorAtStaleVersion() {
        fixture.given(DEFINED)
                .when(new DefineIndicator(OUTCOME_ID, VEHICLE, VEHICLE_NAME, IndicatorUnit.RATE_PER_1000, Polarity.LOWER_IS_BETTER, null,
                        FigurePeriod.ROLLING_12_MONTHS, null, COUNTY, DISTRICTS, null, 3L))
                .expectNoEvents()
                .expectException(refusedWith(CaseRefused.VERSION_CONFLICT));
    }

    @Test
    void canRecordFigureForCountyAndDistrictAsTheIndicatorNamesThem() {
        fixture.given(DEFINED, VEHICLE_DEFINED)
                .when(figure("CHARNWOOD", Q4, new BigDecimal("7.02")))
                .expectEvents(new FigureRecorded(OUTCOME_ID, VEHICLE, "Charnwood", Q4, new BigDecimal("7.02"), null,
                        SimilarAreasComparison.BOTTOM, NOW))
                .expectResultMessagePayload(3L);
    }

    @Test
    void canRecordFigureForQuarterThatHasBegun() {
        fixture.given(DEFINED, VEHICLE_DEFINED)
                .when(figure(COUNTY, "2015-16-Q1", NOW_RATE))
                .expectEvents(new FigureRecorded(OUTCOME_ID, VEHICLE, COUNTY, "2015-16-Q1", NOW_RATE, null,
                        SimilarAreasComparison.BOTTOM, NOW));
    }

    @Test
    void cannotRecordFigureForAreaTheIndicatorIsNotReportedFor() {
        fixture.given(DEFINED, VEHICLE_DEFINED)
                .when(figure("Melton", Q4, NOW_RATE))
                .expectNoEvents()
                .expectException(refusedWith(OutcomeRefused.AREA_NOT_REPORTED))
                .expectExceptionMessage(VEHICLE_NAME + " is reported for Leicestershire and Blaby, Charnwood, Hinckley & Bosworth, "
                        + "not for Melton.");
    }

    @Test
    void cannotRecordFigureForQuarterInTheFuture() {
        fixture.given(DEFINED, VEHICLE_DEFINED)
                .when(figure(COUNTY, "2015-16-Q2", NOW_RATE))
                .expectNoEvents()
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must not be a quarter in the future: 2015-16 Q2 begins on 2015-07-01 (today is 2015-06-01)");
    }

    @Test
    void cannotRecordFigureForQuarterWrittenOtherwise() {
        fixture.given(DEFINED, VEHICLE_DEFINED)
                .when(figure(COUNTY, "2014/15 Q4", NOW_RATE))
                .expectNoEvents()
                .expectException(InvalidFieldException.class);
    }

    @Test
    void cannotRecordFigureOfUnknownIndicator() {
        fixture.given(DEFINED)
                .when(figure(COUNTY, Q4, NOW_RATE))
                .expectNoEvents()
                .expectException(refusedWith(OutcomeRefused.UNKNOWN_INDICATOR));
    }

    @Test
    void canRepeatRecordFigureWithSameContent() {
        fixture.given(DEFINED, VEHICLE_DEFINED, VEHICLE_Q4)
                .when(figure(COUNTY, Q4, new BigDecimal("6.350")))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void cannotRecordSecondFigureForSameAreaAndQuarter() {
        fixture.given(DEFINED, VEHICLE_DEFINED, VEHICLE_Q4)
                .when(figure(COUNTY, Q4, new BigDecimal("6.31")))
                .expectNoEvents()
                .expectException(refusedWith(OutcomeRefused.FIGURE_RECORDED))
                .expectExceptionMessage(VEHICLE_NAME + " has a figure for Leicestershire in 2014-15 Q4 already (6.35); "
                        + "revise it, giving the reason.");
    }

    @Test
    void canReviseFigureKeepingTheOriginalInTheEvent() {
        fixture.given(DEFINED, VEHICLE_DEFINED, VEHICLE_Q4)
                .when(new ReviseFigure(OUTCOME_ID, VEHICLE, COUNTY, Q4, new BigDecimal("6.31"), "revised", SimilarAreasComparison.BOTTOM,
                        "Late recording corrected", 3L))
                .expectEvents(new FigureRevised(OUTCOME_ID, VEHICLE, COUNTY, Q4, NOW_RATE, new BigDecimal("6.31"), null, "revised",
                        SimilarAreasComparison.BOTTOM, SimilarAreasComparison.BOTTOM, "Late recording corrected", NOW))
                .expectResultMessagePayload(4L);
    }

    @Test
    void cannotReviseFigureWithoutReason() {
        fixture.given(DEFINED, VEHICLE_DEFINED, VEHICLE_Q4)
                .when(new ReviseFigure(OUTCOME_ID, VEHICLE, COUNTY, Q4, new BigDecimal("6.31"), null, null, " ", null))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("reason"));
    }

    @Test
    void cannotReviseFigureNeverRecorded() {
        fixture.given(DEFINED, VEHICLE_DEFINED)
                .when(new ReviseFigure(OUTCOME_ID, VEHICLE, COUNTY, Q4, new BigDecimal("6.31"), null, null, "Late recording", null))
                .expectNoEvents()
                .expectException(refusedWith(OutcomeRefused.NO_FIGURE_TO_REVISE));
    }

    @Test
    void cannotReviseFigureToWhatItIs() {
        fixture.given(DEFINED, VEHICLE_DEFINED, VEHICLE_Q4)
                .when(new ReviseFigure(OUTCOME_ID, VEHICLE, COUNTY, Q4, NOW_RATE, null, SimilarAreasComparison.BOTTOM, "Checked", null))
                .expectNoEvents()
                .expectException(refusedWith(OutcomeRefused.FIGURE_UNCHANGED));
    }

    @Test
    void canRateOutcomeForQuarterPresentedAtMeetingItem() {
        fixture.given(DEFINED)
                .when(rating(OutcomeRag.GREEN, JUNE_MEETING, 36))
                .expectEvents(new OutcomeRated(OUTCOME_ID, Q4, null, OutcomeRag.GREEN, COMMENT, "James Fox", JUNE_MEETING, 36, NOW))
                .expectResultMessagePayload(2L);
    }

    @Test
    void canRateOutcomeAgainKeepingWhatItReplaces() {
        fixture.given(DEFINED, RATED_GREEN)
                .when(rating(OutcomeRag.AMBER, null, null))
                .expectEvents(new OutcomeRated(OUTCOME_ID, Q4, OutcomeRag.GREEN, OutcomeRag.AMBER, COMMENT, "James Fox", null, null, NOW));
    }

    @Test
    void canRepeatRatingWithSameContent() {
        fixture.given(DEFINED, RATED_GREEN)
                .when(rating(OutcomeRag.GREEN, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotRateOutcomeAtAnotherBoardsMeeting() {
        fixture.given(DEFINED)
                .when(rating(OutcomeRag.GREEN, "other-board-meeting", 36))
                .expectNoEvents()
                .expectException(refusedWith(OutcomeRefused.NOT_A_MEETING_OF_THIS_BOARD));
    }

    @Test
    void cannotRateOutcomeAtCancelledMeeting() {
        fixture.given(DEFINED)
                .when(rating(OutcomeRag.GREEN, "cancelled-meeting", 36))
                .expectNoEvents()
                .expectException(refusedWith(OutcomeRefused.MEETING_CANCELLED));
    }

    @Test
    void cannotRateOutcomeAtItemNotOnTheAgenda() {
        fixture.given(DEFINED)
                .when(rating(OutcomeRag.GREEN, JUNE_MEETING, 37))
                .expectNoEvents()
                .expectException(refusedWith(OutcomeRefused.UNKNOWN_MINUTE));
    }

    @Test
    void cannotRateOutcomeNamingMeetingWithoutItsItem() {
        fixture.given(DEFINED)
                .when(rating(OutcomeRag.GREEN, JUNE_MEETING, null))
                .expectNoEvents()
                .expectException(InvalidFieldException.class);
    }

    @Test
    void cannotRateOutcomeForQuarterInTheFuture() {
        fixture.given(DEFINED)
                .when(new RateOutcome(OUTCOME_ID, "2015-16-Q3", OutcomeRag.GREEN, COMMENT, "James Fox", null, null, null))
                .expectNoEvents()
                .expectException(InvalidFieldException.class);
    }

    @Test
    void cannotRateOutcomeWithoutRag() {
        fixture.given(DEFINED)
                .when(new RateOutcome(OUTCOME_ID, Q4, null, COMMENT, "James Fox", null, null, null))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("rag"));
    }
}
