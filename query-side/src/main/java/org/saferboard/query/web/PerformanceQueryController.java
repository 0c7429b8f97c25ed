package org.saferboard.query.web;

import static org.saferboard.query.ReadAfterWaiter.READ_AFTER_DESCRIPTION;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.meeting.views.MeetingView;
import org.saferboard.api.performance.Quarter;
import org.saferboard.api.performance.queries.FindIndicatorTrend;
import org.saferboard.api.performance.queries.FindPerformanceDashboard;
import org.saferboard.api.performance.views.IndicatorTrend;
import org.saferboard.api.performance.views.PerformanceDashboard;
import org.saferboard.infrastructure.eventstore.EventChain;
import org.saferboard.query.AsAt;
import org.saferboard.query.ReadAfterWaiter;
import org.saferboard.query.meeting.MeetingViewProjection;
import org.saferboard.query.performance.PerformanceAsAt;
import org.saferboard.query.performance.PerformanceDashboardProjection;
import org.saferboard.query.performance.PerformanceQueries;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API of the performance dashboard: a board's dashboard for a quarter (now, or as at a past
 * instant), as JSON and CSV; an indicator's trend as JSON and as an SVG chart; and the dashboard as a
 * meeting saw it, for its pack, as JSON and PDF.
 */
@RestController
@Validated
@Tag(name = "Performance dashboard (read)")
class PerformanceQueryController {

    private static final String QUARTER = "a quarter of a financial year, e.g. 2014-15-Q4; the latest quarter with a figure or rating when left out";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final QueryGateway queries;
    private final ReadAfterWaiter readAfterWaiter;
    private final Map<String, ToLongFunction<String>> outcomes;
    private final PerformanceAsAt asAt;
    private final PerformanceQueries performance;
    private final AsAtInstants instants;
    private final MeetingViewProjection meetingView;
    private final EventChain chain;
    private final Clock clock;

    PerformanceQueryController(QueryGateway queries, ReadAfterWaiter readAfterWaiter, PerformanceDashboardProjection readModel,
                               PerformanceAsAt asAt, PerformanceQueries performance, AsAtInstants instants, MeetingViewProjection meetingView,
                               EventChain chain, Clock clock) {
        this.queries = queries;
        this.readAfterWaiter = readAfterWaiter;
        this.outcomes = Map.of("Outcome", readModel::versionOf);
        this.asAt = asAt;
        this.performance = performance;
        this.instants = instants;
        this.meetingView = meetingView;
        this.chain = chain;
        this.clock = clock;
    }

    @GetMapping(path = "/api/performance/boards/{boardId}/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A board's performance dashboard for a quarter",
            description = "Each outcome with its RAG and comment; each indicator's figure a year before and now, its direction of travel "
                    + "(the arrow shows which way the figure moved, its colour whether that is better or worse by the indicator's "
                    + "polarity, with words that say both), progress against target, the county's place among similar areas and the "
                    + "district table. Also as .csv.")
    CompletableFuture<PerformanceDashboard> dashboard(@PathVariable String boardId,
                                                      @Parameter(description = QUARTER, example = "2014-15-Q4")
                                                      @RequestParam(required = false) String quarter,
                                                      @Parameter(description = READ_AFTER_DESCRIPTION)
                                                      @RequestParam(required = false) String readAfter) {
        FindPerformanceDashboard query = new FindPerformanceDashboard(boardId, checked(quarter));
        return readAfterWaiter.read(readAfter, outcomes, () -> find(query));
    }

    @GetMapping(path = "/api/performance/boards/{boardId}/dashboard", params = AsAt.PARAMETER, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A board's performance dashboard for a quarter as it stood at an instant",
            description = "The read model's own rules over the outcomes' events recorded up to then; 404 when the board had no dashboard then.")
    AsAt.Answer<PerformanceDashboard> dashboardAsAt(@PathVariable String boardId,
                                                    @Parameter(description = QUARTER, example = "2014-15-Q4")
                                                    @RequestParam(required = false) String quarter,
                                                    @Parameter(description = AsAt.DESCRIPTION, example = "2015-06-18")
                                                    @RequestParam(AsAt.PARAMETER) String asAtText) {
        Quarter shown = quarter == null ? null : Quarter.parse(quarter, "quarter");
        AsAt at = instants.resolve(asAtText);
        return AsAt.Answer.of(at, asAt.dashboard(boardId, shown, at.position())
                .orElseThrow(() -> new NotInReadModel("dashboard", boardId, "Board " + boardId
                        + " had no performance dashboard at " + at.instant() + ".")));
    }

    @GetMapping(path = "/api/performance/boards/{boardId}/dashboard.csv", produces = "text/csv")
    @Operation(summary = "A board's performance dashboard for a quarter as CSV: one row per indicator and area")
    ResponseEntity<String> dashboardCsv(@PathVariable String boardId,
                                        @Parameter(description = QUARTER, example = "2014-15-Q4") @RequestParam(required = false) String quarter) {
        PerformanceDashboard dashboard = find(new FindPerformanceDashboard(boardId, checked(quarter)));
        return Downloads.csv(boardId + "-performance-" + dashboard.quarter(), PerformanceDocuments.csv(dashboard));
    }

    @GetMapping(path = "/api/performance/outcomes/{outcomeId}/indicators/{indicatorId}/trend", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An indicator's figures over the quarters, per area (the county first); also as .svg, a line chart")
    IndicatorTrend trend(@PathVariable String outcomeId, @PathVariable String indicatorId) {
        return findTrend(outcomeId, indicatorId);
    }

    @GetMapping(path = "/api/performance/outcomes/{outcomeId}/indicators/{indicatorId}/trend.svg", produces = "image/svg+xml")
    @Operation(summary = "An indicator's trend as an SVG line chart, one line per area")
    ResponseEntity<String> trendChart(@PathVariable String outcomeId, @PathVariable String indicatorId) {
        return ResponseEntity.ok().contentType(SVG).body(TrendChart.svg(findTrend(outcomeId, indicatorId)));
    }

    /** The dashboard in a meeting's pack, with the meeting and the instant it was recorded by beside its fields. */
    record AtMeeting(String meetingId, LocalDate meetingDate, Instant recordedBy, @JsonUnwrapped PerformanceDashboard dashboard) {
    }

    @GetMapping(path = "/api/meetings/{meetingId}/performance-dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The performance dashboard as it stood at the end of the meeting's day, for its pack",
            description = "Of the latest quarter whose ratings the meeting noted, or else the latest quarter recorded by then; also as .pdf.")
    AtMeeting atMeeting(@PathVariable String meetingId) {
        MeetingView meeting = meeting(meetingId);
        Instant recordedBy = endOfMeetingDay(meeting);
        return new AtMeeting(meetingId, meeting.meetingDate(), recordedBy, dashboardAtMeeting(meeting, recordedBy));
    }

    @GetMapping(path = "/api/meetings/{meetingId}/performance-dashboard.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The performance dashboard as the meeting saw it, as a printable PDF page for the meeting pack")
    ResponseEntity<byte[]> atMeetingPdf(@PathVariable String meetingId) {
        MeetingView meeting = meeting(meetingId);
        PerformanceDashboard dashboard = dashboardAtMeeting(meeting, endOfMeetingDay(meeting));
        chain.extend();
        String head = chain.head().map(EventChain.ChainHead::printed).orElse("Event log head 0: the log is empty");
        return Downloads.pdf(meeting.boardId() + "-performance-" + meeting.meetingDate(), PerformanceDocuments.pdf(dashboard,
                "As it stood for the meeting of " + meeting.meetingDate().format(LONG_DATE), head));
    }

    private PerformanceDashboard find(FindPerformanceDashboard query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(PerformanceDashboard.class)).join()
                .orElseThrow(() -> new NotInReadModel("dashboard", query.boardId(), "Board " + query.boardId()
                        + " has no performance dashboard: define its outcomes first."));
    }

    private IndicatorTrend findTrend(String outcomeId, String indicatorId) {
        return queries.query(new FindIndicatorTrend(outcomeId, indicatorId), ResponseTypes.optionalInstanceOf(IndicatorTrend.class)).join()
                .orElseThrow(() -> new NotInReadModel("indicator", indicatorId, "There is no indicator " + indicatorId + " of outcome "
                        + outcomeId + "."));
    }

    private MeetingView meeting(String meetingId) {
        return meetingView.meetingOf(meetingId).orElseThrow(() -> new NotInReadModel("meeting", meetingId));
    }

    /** The end of the meeting's day in Europe/London; now, for a meeting today or still to come. */
    private Instant endOfMeetingDay(MeetingView meeting) {
        Instant endOfDay = BusinessCalendar.endOfDay(meeting.meetingDate());
        Instant now = clock.instant();
        return endOfDay.isBefore(now) ? endOfDay : now;
    }

    private PerformanceDashboard dashboardAtMeeting(MeetingView meeting, Instant recordedBy) {
        return performance.atMeeting(meeting.boardId(), meeting.meetingId(), recordedBy)
                .orElseThrow(() -> new NotInReadModel("dashboard", meeting.boardId(), "Board " + meeting.boardId()
                        + " had no performance dashboard on " + meeting.meetingDate() + ", the day of meeting " + meeting.meetingId() + "."));
    }

    /** The quarter as written, once it is known to be one: a 400 naming the parameter otherwise. */
    private static String checked(String quarter) {
        return quarter == null ? null : Quarter.parse(quarter, "quarter").toString();
    }
}
