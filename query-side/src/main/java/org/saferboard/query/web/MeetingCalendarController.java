package org.saferboard.query.web;

import static org.saferboard.query.ReadAfterWaiter.READ_AFTER_DESCRIPTION;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;
import org.saferboard.api.meeting.views.MeetingView;
import org.saferboard.query.ReadAfterWaiter;
import org.saferboard.query.meeting.MeetingViewProjection;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The board's meetings for calendars: one meeting to import, and a board's feed to subscribe to. */
@RestController
@Validated
@Tag(name = "Meetings (read)")
class MeetingCalendarController {

    private final MeetingViewProjection meetingView;
    private final MeetingCalendars calendars;
    private final ReadAfterWaiter readAfterWaiter;
    private final Map<String, ToLongFunction<String>> meetings;
    private final CalendarFeeds feeds;

    MeetingCalendarController(MeetingViewProjection meetingView, MeetingCalendars calendars, ReadAfterWaiter readAfterWaiter,
                              CalendarFeeds feeds) {
        this.meetingView = meetingView;
        this.calendars = calendars;
        this.readAfterWaiter = readAfterWaiter;
        this.feeds = feeds;
        this.meetings = Map.of("Meeting", meetingView::versionOf);
    }

    @GetMapping(path = "/api/meetings/{meetingId}/calendar.ics", produces = "text/calendar")
    @Operation(summary = "One meeting as an iCalendar event to import",
            description = "Its UID is the meeting's id and its SEQUENCE the meeting's version, so importing it again after a change "
                    + "updates the same event; a cancelled meeting is a cancelled event.")
    CompletableFuture<ResponseEntity<String>> meeting(@PathVariable String meetingId,
                                                      @Parameter(description = READ_AFTER_DESCRIPTION)
                                                      @RequestParam(required = false) String readAfter) {
        return readAfterWaiter.read(readAfter, meetings, () -> {
            MeetingView meeting = meetingView.meetingOf(meetingId).orElseThrow(() -> new NotInReadModel("meeting", meetingId));
            return Downloads.calendar(meeting.boardId() + "-" + meeting.meetingDate(), calendars.ics(List.of(meeting)));
        });
    }

    @GetMapping(path = "/api/meetings/calendar.ics", produces = "text/calendar")
    @Operation(summary = "A board's meetings as an iCalendar feed to subscribe to",
            description = "Every meeting of the board, each with the same UID as its own .ics, so a calendar that subscribes follows "
                    + "changes and cancellations.")
    ResponseEntity<String> board(@Parameter(example = "LSCSB") @RequestParam @Size(min = 1, max = 64) String board) {
        return ResponseEntity.ok().contentType(Downloads.CALENDAR).body(boardCalendar(board));
    }

    /** The feed a calendar program subscribes to without signing in; its address comes from {@link CalendarFeeds}. */
    @GetMapping(path = CalendarFeeds.PATH + "{board}/{token}.ics", produces = "text/calendar")
    @Operation(summary = "A board's calendar feed at its address for calendar programs, which need not sign in",
            description = "The address holds a token made with SAFERBOARD_CALENDAR_FEED_KEY; without that key, or with another token, "
                    + "there is no feed (404). The meeting page gives its board's address.")
    ResponseEntity<String> subscribed(@PathVariable String board, @PathVariable String token) {
        if (!feeds.opens(board, token)) {
            throw new NotInReadModel("calendar-feed", board, "There is no calendar feed at this address.");
        }
        return ResponseEntity.ok().contentType(Downloads.CALENDAR).body(boardCalendar(board));
    }

    private String boardCalendar(String board) {
        List<MeetingView> meetings = meetingView.meetingsOfBoard(board);
        if (meetings.isEmpty()) {
            throw new NotInReadModel("board", board, "Board " + board + " has no meetings to put in a calendar.");
        }
        return calendars.ics(meetings);
    }
}
