package org.saferboard.query.web;

import static org.saferboard.query.ReadAfterWaiter.READ_AFTER_DESCRIPTION;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.saferboard.api.BusinessDates;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.action.events.ActionState;
import org.saferboard.api.meeting.ResolutionOutcome;
import org.saferboard.api.meeting.queries.FindActionLogAtMeeting;
import org.saferboard.api.meeting.queries.FindMattersArising;
import org.saferboard.api.meeting.queries.FindMeeting;
import org.saferboard.api.meeting.queries.FindMeetings;
import org.saferboard.api.meeting.queries.FindResolutions;
import org.saferboard.api.meeting.views.MattersArising;
import org.saferboard.api.meeting.views.MeetingActionLog;
import org.saferboard.api.meeting.views.MeetingList;
import org.saferboard.api.meeting.views.MeetingView;
import org.saferboard.api.meeting.views.ResolutionsRegister;
import org.saferboard.infrastructure.eventstore.EventChain;
import org.saferboard.query.AsAt;
import org.saferboard.query.ReadAfterWaiter;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.query.meeting.ActionLogAtMeeting;
import org.saferboard.query.meeting.MeetingAsAt;
import org.saferboard.query.meeting.MeetingViewProjection;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read API for meetings: a board's meetings, and one meeting with its agenda, minutes and amendments. */
@RestController
@RequestMapping(path = "/api/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Meetings (read)")
class MeetingQueryController {

    private final QueryGateway queries;
    private final ReadAfterWaiter readAfterWaiter;
    /** What the meeting list is read from. */
    private final Map<String, ToLongFunction<String>> meetings;
    /** What one meeting is read from: the meeting view, and the action log for the wording of the actions raised at it. */
    private final Map<String, ToLongFunction<String>> meetingWithActions;
    /** What the Action Log at a meeting is read from: its own read model of the meetings and the actions raised at them. */
    private final Map<String, ToLongFunction<String>> meetingsAndActions;

    private final EventChain chain;
    private final MeetingAsAt meetingAsAt;
    private final AsAtInstants instants;

    MeetingQueryController(QueryGateway queries, ReadAfterWaiter readAfterWaiter, MeetingViewProjection meetingView,
                           ActionLogAtMeeting actionLogAtMeeting, ActionLogProjection actionLog, EventChain chain,
                           MeetingAsAt meetingAsAt, AsAtInstants instants) {
        this.meetingAsAt = meetingAsAt;
        this.instants = instants;
        this.queries = queries;
        this.chain = chain;
        this.readAfterWaiter = readAfterWaiter;
        this.meetings = Map.of("Meeting", meetingView::versionOf);
        this.meetingWithActions = Map.of("Meeting", meetingView::versionOf, "Action", actionLog::versionOf);
        this.meetingsAndActions = Map.of("Meeting", actionLogAtMeeting::meetingVersionOf, "Action", actionLogAtMeeting::actionVersionOf);
    }

    @GetMapping
    @Operation(summary = "Meetings, earliest first", description = "Optionally of one board and between two dates (inclusive).")
    CompletableFuture<MeetingList> findMeetings(
            @Parameter(example = "LSCSB") @RequestParam(required = false) @Size(min = 1, max = 64) String board,
            @Parameter(example = "2015-05-01") @RequestParam(required = false) String from,
            @Parameter(example = "2016-04-30") @RequestParam(required = false) String to,
            @Parameter(description = READ_AFTER_DESCRIPTION) @RequestParam(required = false) String readAfter) {
        FindMeetings query = new FindMeetings(board, date(from, "from"), date(to, "to"));
        requireOrdered(query.from(), query.to());
        return readAfterWaiter.read(readAfter, meetings, () -> queries.query(query, MeetingList.class).join());
    }

    @GetMapping("/resolutions")
    @Operation(summary = "The resolutions register: resolutions across meetings, earliest first",
            description = "Optionally of one board, between two dates (inclusive), of one outcome, and mentioning a text "
                    + "(in the item's title or the resolution, ignoring case).")
    ResolutionsRegister resolutions(
            @Parameter(example = "LSCSB") @RequestParam(required = false) @Size(min = 1, max = 64) String board,
            @Parameter(example = "2015-05-01") @RequestParam(required = false) String from,
            @Parameter(example = "2016-04-30") @RequestParam(required = false) String to,
            @RequestParam(required = false) ResolutionOutcome outcome,
            @Parameter(example = "Prevent") @RequestParam(required = false) @Size(min = 1, max = 200) String text) {
        FindResolutions query = new FindResolutions(board, date(from, "from"), date(to, "to"), outcome, text);
        requireOrdered(query.from(), query.to());
        return queries.query(query, ResolutionsRegister.class).join();
    }

    @GetMapping("/{meetingId}/matters-arising")
    @Operation(summary = "Matters arising: items of the board's earlier meetings with actions still open on this meeting's date")
    MattersArising mattersArising(@PathVariable String meetingId) {
        return queries.query(new FindMattersArising(meetingId), ResponseTypes.optionalInstanceOf(MattersArising.class))
                .join()
                .orElseThrow(() -> new NotInReadModel("meeting", meetingId));
    }

    @GetMapping("/{meetingId}/action-log")
    @Operation(summary = "The Action Log as the board saw it on the meeting's date",
            description = "Every open action raised at the board's meetings and those completed or cancelled since the previous "
                    + "meeting, grouped by the meeting they came from, with RAG: red overdue, amber due within "
                    + ActionState.AMBER_WITHIN_DAYS + " days or revised more than once, green on track. Also as .csv and as .pdf "
                    + "for the meeting pack.")
    CompletableFuture<MeetingActionLog> actionLog(@PathVariable String meetingId,
                                                  @Parameter(description = READ_AFTER_DESCRIPTION)
                                                  @RequestParam(required = false) String readAfter) {
        return readAfterWaiter.read(readAfter, meetingsAndActions, () -> actionLogAt(meetingId));
    }

    @GetMapping(value = "/{meetingId}/action-log.csv", produces = "text/csv")
    @Operation(summary = "The Action Log at the meeting as CSV")
    ResponseEntity<String> actionLogCsv(@PathVariable String meetingId) {
        MeetingActionLog log = actionLogAt(meetingId);
        return Downloads.csv(fileName(log), ActionLogDocuments.csv(log));
    }

    @GetMapping(value = "/{meetingId}/action-log.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The Action Log at the meeting as a printable PDF for the meeting pack")
    ResponseEntity<byte[]> actionLogPdf(@PathVariable String meetingId) {
        MeetingActionLog log = actionLogAt(meetingId);
        chain.extend();
        String head = chain.head().map(EventChain.ChainHead::printed).orElse("Event log head 0: the log is empty");
        return Downloads.pdf(fileName(log), ActionLogDocuments.pdf(log, head));
    }

    private MeetingActionLog actionLogAt(String meetingId) {
        return queries.query(new FindActionLogAtMeeting(meetingId), ResponseTypes.optionalInstanceOf(MeetingActionLog.class))
                .join()
                .orElseThrow(() -> new NotInReadModel("meeting", meetingId));
    }

    private static LocalDate date(String text, String parameter) {
        return text == null ? null : BusinessDates.parse(text, parameter);
    }

    private static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from (" + from + ")");
        }
    }

    private static String fileName(MeetingActionLog log) {
        return log.boardId() + "-action-log-" + log.meetingDate();
    }

    @GetMapping("/{meetingId}")
    @Operation(summary = "One meeting: agenda, attendance, minutes, resolutions, chair changes, confirmation and amendments")
    CompletableFuture<ResponseEntity<MeetingView>> findMeeting(@PathVariable String meetingId,
                                                               @Parameter(description = READ_AFTER_DESCRIPTION)
                                                               @RequestParam(required = false) String readAfter) {
        return readAfterWaiter.read(readAfter, meetingWithActions, () -> {
            MeetingView meeting = queries.query(new FindMeeting(meetingId), ResponseTypes.optionalInstanceOf(MeetingView.class))
                    .join()
                    .orElseThrow(() -> new NotInReadModel("meeting", meetingId));
            return ResponseEntity.ok().eTag(Long.toString(meeting.version())).body(meeting);
        });
    }

    @GetMapping(value = "/{meetingId}", params = AsAt.PARAMETER)
    @Operation(summary = "One meeting's record as it stood at an instant",
            description = "The meeting view's own rules over the meeting's events recorded up to then, with the actions raised at it"
                    + " worded as they were then; 404 when it had not been scheduled by then, saying when it was.")
    AsAt.Answer<MeetingView> findMeetingAsAt(@PathVariable String meetingId,
                                             @Parameter(description = AsAt.DESCRIPTION, example = "2015-06-18T10:00:00Z")
                                             @RequestParam(AsAt.PARAMETER) String asAtText) {
        AsAt at = instants.resolve(asAtText);
        return AsAt.Answer.of(at, meetingAsAt.meeting(meetingId, at.position(), at.businessDate())
                .orElseThrow(() -> instants.notThen("meeting", meetingId, at)));
    }
}
