package org.saferboard.web.meeting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.saferboard.api.ReadPosition;
import org.saferboard.api.meeting.ResolutionOutcome;
import org.saferboard.api.meeting.commands.ScheduleMeeting;
import org.saferboard.api.meeting.queries.FindActionLogAtMeeting;
import org.saferboard.api.meeting.queries.FindMattersArising;
import org.saferboard.api.meeting.queries.FindMeeting;
import org.saferboard.api.meeting.queries.FindMeetings;
import org.saferboard.api.meeting.queries.FindResolutions;
import org.saferboard.api.meeting.views.MattersArising;
import org.saferboard.api.meeting.views.MeetingActionLog;
import org.saferboard.api.meeting.views.MeetingList;
import org.saferboard.api.meeting.views.MeetingSummary;
import org.saferboard.api.meeting.views.MeetingView;
import org.saferboard.api.meeting.views.ResolutionsRegister;
import org.saferboard.infrastructure.security.SignedInUser;
import org.saferboard.query.ReadAfterWaiter;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.query.meeting.MeetingAsAt;
import org.saferboard.query.meeting.MeetingViewProjection;
import org.saferboard.query.web.CalendarFeeds;
import org.saferboard.web.AsAtChoice;
import org.saferboard.web.CommandForm;
import org.saferboard.web.Form;
import org.saferboard.web.FormField;
import org.saferboard.web.FormPages;
import org.saferboard.web.PageAccess;
import org.saferboard.web.PageNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board's meetings: the list, a meeting's record (agenda, attendance, minutes, resolutions with their lettered
 * parts, chair changes, the actions raised, confirmation and amendments beside the original wording), the Action
 * Log at the meeting, matters arising, the resolutions register, and the secretariat's forms.
 */
@Controller
class MeetingPages {

    private static final String READ_MEETINGS = "/api/meetings";
    private static final CommandForm SCHEDULE = new CommandForm(null, "Schedule a meeting", "Schedule the meeting", "/meetings/new",
            "/meetings", List.of(
            FormField.text("boardId", "Board", "The board's short name, for example LSCSB; minute numbers run per board"),
            FormField.date("meetingDate", "Date", null),
            FormField.time("startTime", "Start time"),
            FormField.text("venue", "Venue (optional for an online meeting)", "For example, Guthlaxton Committee Room, County Hall"),
            FormField.checkbox("online", "Held online", null),
            FormField.text("chairName", "Chair", null)));

    private final QueryGateway queries;
    private final FormPages forms;
    private final PageAccess access;
    private final ReadAfterWaiter readAfterWaiter;
    private final Map<String, ToLongFunction<String>> followed;

    private final AsAtChoice asAtChoice;
    private final MeetingAsAt meetingAsAt;
    private final CalendarFeeds calendarFeeds;

    MeetingPages(QueryGateway queries, FormPages forms, PageAccess access, ReadAfterWaiter readAfterWaiter,
                 MeetingViewProjection meetingView, ActionLogProjection actionLog, AsAtChoice asAtChoice, MeetingAsAt meetingAsAt,
                 CalendarFeeds calendarFeeds) {
        this.calendarFeeds = calendarFeeds;
        this.asAtChoice = asAtChoice;
        this.meetingAsAt = meetingAsAt;
        this.queries = queries;
        this.forms = forms;
        this.access = access;
        this.readAfterWaiter = readAfterWaiter;
        this.followed = Map.of("Meeting", meetingView::versionOf, "Action", actionLog::versionOf);
    }

    @GetMapping("/meetings")
    CompletableFuture<String> meetings(HttpServletRequest request, Model model) {
        access.require(request, "GET", READ_MEETINGS);
        model.addAttribute("maySchedule", access.may("POST", READ_MEETINGS));
        return readAfterWaiter.read(FormPages.readAfter(model), followed, () -> {
            List<MeetingSummary> meetings = queries.query(new FindMeetings(null, null, null), MeetingList.class).join().meetings();
            model.addAttribute("meetings", meetings.stream().sorted(Comparator.comparing(MeetingSummary::meetingDate).reversed()).toList());
            return "meetings/list";
        });
    }

    @GetMapping("/meetings/resolutions")
    String resolutions(@RequestParam(required = false) String text, @RequestParam(required = false) ResolutionOutcome outcome,
                       HttpServletRequest request, Model model) {
        access.require(request, "GET", READ_MEETINGS + "/resolutions");
        String searched = text == null || text.isBlank() ? null : text.strip();
        if (searched != null && searched.length() > 200) {
            searched = searched.substring(0, 200);
        }
        model.addAttribute("text", searched == null ? "" : searched);
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomes", ResolutionOutcome.values());
        model.addAttribute("register", queries.query(new FindResolutions(null, null, null, outcome, searched),
                ResolutionsRegister.class).join());
        return "meetings/resolutions";
    }

    @GetMapping("/meetings/new")
    String scheduleForm(HttpServletRequest request, Model model) {
        access.require(request, "POST", READ_MEETINGS);
        Form form = Form.empty(SCHEDULE.labels()).withValue("newId", UUID.randomUUID().toString()).withValue("startTime", "10:00");
        board().stream().max(Comparator.comparing(MeetingSummary::meetingDate))
                .ifPresent(last -> form.withValue("boardId", last.boardId()));
        return forms.show(model, SCHEDULE, form);
    }

    @PostMapping("/meetings/new")
    String schedule(@RequestParam Map<String, String> fields, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        access.require(request, "POST", READ_MEETINGS);
        Form form = new Form(fields, SCHEDULE.labels());
        String meetingId = Optional.ofNullable(form.text("newId")).orElseGet(() -> UUID.randomUUID().toString());
        ScheduleMeeting schedule = new ScheduleMeeting(meetingId, form.text("boardId"), form.date("meetingDate"), form.time("startTime"),
                form.text("venue"), form.ticked("online"), form.text("chairName"));
        return forms.submit(model, redirect, SCHEDULE, form, schedule, meetingId, Map.of("meetingId", "meetingDate"),
                FormPages.newVersionOf(meetingId), "Meeting scheduled", "/meetings/" + meetingId);
    }

    @GetMapping("/meetings/{meetingId}")
    CompletableFuture<String> meeting(@PathVariable String meetingId, @RequestParam(required = false) String asAtDate,
                                      @RequestParam(required = false) String asAtTime, HttpServletRequest request, Model model) {
        access.require(request, "GET", READ_MEETINGS + "/" + meetingId);
        SignedInUser user = access.user();
        AsAtChoice.Chosen asAt = asAtChoice.from(asAtDate, asAtTime);
        model.addAttribute("asAt", asAt);
        if (asAt.chosen()) {
            // the record as it stood then, from the events recorded up to then; nothing can be changed from it
            model.addAttribute("meeting", meetingAsAt.meeting(meetingId, asAt.asAt().position(), asAt.asAt().businessDate())
                    .orElseThrow(() -> new PageNotFound("There was no meeting " + meetingId + " at that date and time.")));
            model.addAttribute("may", new Offered(user, meetingId, false));
            return CompletableFuture.completedFuture("meetings/meeting");
        }
        return readAfterWaiter.read(FormPages.readAfter(model), followed, () -> {
            MeetingView meeting = find(meetingId);
            model.addAttribute("meeting", meeting);
            model.addAttribute("calendarFeed", calendarFeeds.path(meeting.boardId()).orElse(null));
            model.addAttribute("may", new Offered(user, meetingId, true));
            return "meetings/meeting";
        });
    }

    /** Which of the secretariat's forms the page offers this person (the rules of the endpoints they send to). */
    public record Offered(SignedInUser user, String meetingId, boolean now) {

        public boolean change(String path) {
            return now && MeetingChange.atPath(path, false).filter(change -> PageAccess.may(user, change.apiMethod(),
                    change.apiPath(meetingId, null))).isPresent();
        }

        public boolean itemChange(String path, int minute) {
            return now && MeetingChange.atPath(path, true).filter(change -> PageAccess.may(user, change.apiMethod(),
                    change.apiPath(meetingId, minute))).isPresent();
        }
    }

    @GetMapping("/meetings/{meetingId}/action-log")
    CompletableFuture<String> actionLog(@PathVariable String meetingId, HttpServletRequest request, Model model) {
        access.require(request, "GET", READ_MEETINGS + "/" + meetingId + "/action-log");
        return readAfterWaiter.read(FormPages.readAfter(model), followed, () -> {
            model.addAttribute("log", queries.query(new FindActionLogAtMeeting(meetingId),
                    ResponseTypes.optionalInstanceOf(MeetingActionLog.class)).join().orElseThrow(() -> notFound(meetingId)));
            return "meetings/action-log";
        });
    }

    @GetMapping("/meetings/{meetingId}/matters-arising")
    String mattersArising(@PathVariable String meetingId, HttpServletRequest request, Model model) {
        access.require(request, "GET", READ_MEETINGS + "/" + meetingId + "/matters-arising");
        model.addAttribute("matters", queries.query(new FindMattersArising(meetingId),
                ResponseTypes.optionalInstanceOf(MattersArising.class)).join().orElseThrow(() -> notFound(meetingId)));
        return "meetings/matters-arising";
    }

    @GetMapping({"/meetings/{meetingId}/{change}", "/meetings/{meetingId}/items/{minute}/{change}"})
    String changeForm(@PathVariable String meetingId, @PathVariable(required = false) Integer minute, @PathVariable String change,
                      HttpServletRequest request, Model model) {
        MeetingChange shown = change(change, minute);
        access.require(request, shown.apiMethod(), shown.apiPath(meetingId, minute));
        MeetingView meeting = find(meetingId);
        CommandForm page = shown.page(meeting, minute, this::board);
        Form form = page.blankAt(meeting.version());
        shown.prefill(form, meeting, minute);
        return forms.show(model, page, form);
    }

    @PostMapping({"/meetings/{meetingId}/{change}", "/meetings/{meetingId}/items/{minute}/{change}"})
    String change(@PathVariable String meetingId, @PathVariable(required = false) Integer minute, @PathVariable String change,
                  @RequestParam Map<String, String> fields, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        MeetingChange sent = change(change, minute);
        access.require(request, sent.apiMethod(), sent.apiPath(meetingId, minute));
        MeetingView meeting = find(meetingId);
        CommandForm page = sent.page(meeting, minute, this::board);
        Form form = new Form(fields, page.labels());
        return forms.submit(model, redirect, page, form, sent.command(meeting, minute, form), meetingId,
                Map.of("amendment.amendedText", "amendedText", "amendment.minuteNumber", "minuteNumber"),
                answer -> new ReadPosition(meetingId, sent.newMeetingVersion(answer)), sent.heading() + ": done",
                "/meetings/" + meetingId);
    }

    private List<MeetingSummary> board() {
        return queries.query(new FindMeetings(null, null, null), MeetingList.class).join().meetings();
    }

    private MeetingView find(String meetingId) {
        return queries.query(new FindMeeting(meetingId), ResponseTypes.optionalInstanceOf(MeetingView.class)).join()
                .orElseThrow(() -> notFound(meetingId));
    }

    private static MeetingChange change(String path, Integer minute) {
        return MeetingChange.atPath(path, minute != null).orElseThrow(() -> new PageNotFound("There is no page at this address."));
    }

    private static PageNotFound notFound(String meetingId) {
        return new PageNotFound("There is no meeting " + meetingId + ".");
    }
}
