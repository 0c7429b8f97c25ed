package org.saferboard.query.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.action.ActionDetails;
import org.saferboard.api.action.ActionHistoryEntry;
import org.saferboard.api.action.ActionRag;
import org.saferboard.api.action.ActionState;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.meeting.FindActionLogAtMeeting;
import org.saferboard.api.meeting.FindMeeting;
import org.saferboard.api.meeting.FindMattersArising;
import org.saferboard.api.meeting.FindMeetings;
import org.saferboard.api.meeting.MattersArising;
import org.saferboard.api.meeting.MeetingActionLog;
import org.saferboard.api.meeting.MeetingSummary;
import org.saferboard.api.meeting.MeetingView;
import org.saferboard.query.action.ActionLogProjection;
import org.springframework.stereotype.Component;

/**
 * The Action Log as at a meeting's date, from the meeting view (which meetings the board held) and
 * the action log (each action with its dated history, replayed up to that date).
 */
@Component
public class ActionLogAtMeeting {

    private final MeetingViewProjection meetings;
    private final ActionLogProjection actionLog;

    public ActionLogAtMeeting(MeetingViewProjection meetings, ActionLogProjection actionLog) {
        this.meetings = meetings;
        this.actionLog = actionLog;
    }

    @QueryHandler
    Optional<MeetingActionLog> handle(FindActionLogAtMeeting query) {
        return meetings.handle(new FindMeeting(query.meetingId())).map(this::actionLogAt);
    }

    /** Earlier items of the board with actions still open on the meeting's date, from the Action Log at that date. */
    @QueryHandler
    Optional<MattersArising> handle(FindMattersArising query) {
        return meetings.handle(new FindMeeting(query.meetingId())).map(meeting -> {
            List<MattersArising.Item> items = new ArrayList<>();
            for (MeetingActionLog.FromMeeting group : actionLogAt(meeting).groups()) {
                if (!group.meetingDate().isBefore(meeting.meetingDate())) {
                    continue;
                }
                MeetingView earlier = meetings.handle(new FindMeeting(group.meetingId())).orElseThrow();
                for (MeetingView.Item item : earlier.items()) {
                    List<MeetingActionLog.Entry> open = group.actions().stream()
                            .filter(entry -> entry.status() == ActionStatus.OPEN)
                            .filter(entry -> entry.minuteNumber() != null && entry.minuteNumber() == item.minuteNumber())
                            .toList();
                    if (!open.isEmpty()) {
                        items.add(new MattersArising.Item(earlier.meetingId(), earlier.meetingDate(), item.minuteNumber(),
                                item.title(), open));
                    }
                }
            }
            return new MattersArising(meeting.meetingId(), meeting.meetingDate(), items);
        });
    }

    private MeetingActionLog actionLogAt(MeetingView meeting) {
        LocalDate date = meeting.meetingDate();
        List<MeetingSummary> held = meetings.handle(new FindMeetings(meeting.boardId(), null, date)).meetings().stream()
                .filter(other -> other.status() != MeetingView.MeetingStatus.CANCELLED)
                .toList();
        Optional<MeetingSummary> previous = held.stream()
                .filter(other -> other.meetingDate().isBefore(date))
                .max(Comparator.comparing(MeetingSummary::meetingDate));
        LocalDate closedAfter = previous.map(MeetingSummary::meetingDate).orElse(LocalDate.MIN);
        Map<String, MeetingSummary> heldById = new LinkedHashMap<>();
        held.forEach(other -> heldById.put(other.meetingId(), other));

        Map<String, List<MeetingActionLog.Entry>> entriesByMeeting = new LinkedHashMap<>();
        for (ActionDetails action : actionLog.actionsRaisedAt(heldById.keySet())) {
            entryAsAt(action, date)
                    .filter(entry -> entry.closedOn() == null || entry.closedOn().isAfter(closedAfter))
                    .ifPresent(entry -> entriesByMeeting.computeIfAbsent(action.source().meetingId(), id -> new ArrayList<>())
                            .add(entry));
        }
        List<MeetingActionLog.FromMeeting> groups = new ArrayList<>();
        for (MeetingSummary source : heldById.values()) {
            List<MeetingActionLog.Entry> entries = entriesByMeeting.get(source.meetingId());
            if (entries != null) {
                entries.sort(Comparator.comparing(MeetingActionLog.Entry::minuteNumber, Comparator.nullsLast(Integer::compare))
                        .thenComparing(MeetingActionLog.Entry::dueDate)
                        .thenComparing(MeetingActionLog.Entry::actionId));
                groups.add(new MeetingActionLog.FromMeeting(source.meetingId(), source.meetingDate(), List.copyOf(entries)));
            }
        }
        return new MeetingActionLog(meeting.meetingId(), meeting.boardId(), date,
                previous.map(MeetingSummary::meetingId).orElse(null), previous.map(MeetingSummary::meetingDate).orElse(null),
                groups);
    }

    /**
     * The action as it stood at the end of {@code date} (Europe/London), replaying its history up to then;
     * empty when it had not been raised yet.
     */
    static Optional<MeetingActionLog.Entry> entryAsAt(ActionDetails action, LocalDate date) {
        ActionStatus status = null;
        String ownerName = null;
        String owningAgency = null;
        LocalDate dueDate = null;
        int revisions = 0;
        LocalDate closedOn = null;
        for (ActionHistoryEntry entry : action.history()) {
            LocalDate on = LocalDate.ofInstant(entry.recordedAt(), BusinessCalendar.BUSINESS_ZONE);
            if (on.isAfter(date)) {
                break;
            }
            Map<String, String> details = entry.details();
            switch (entry.change()) {
                case "ActionRaised" -> {
                    status = ActionStatus.OPEN;
                    ownerName = details.get("ownerName");
                    owningAgency = details.get("owningAgency");
                    dueDate = LocalDate.parse(details.get("dueDate"));
                }
                case "ActionReassigned" -> {
                    ownerName = details.get("ownerName");
                    owningAgency = details.get("owningAgency");
                }
                case "ActionDueDateRevised" -> {
                    dueDate = LocalDate.parse(details.get("dueDate"));
                    revisions++;
                }
                case "ActionCompleted" -> {
                    status = ActionStatus.COMPLETED;
                    closedOn = on;
                }
                case "ActionCancelled" -> {
                    status = ActionStatus.CANCELLED;
                    closedOn = on;
                }
                case "ActionReopened" -> {
                    status = ActionStatus.OPEN;
                    closedOn = null;
                }
                default -> {
                    // progress notes change nothing the log shows
                }
            }
        }
        if (status == null) {
            return Optional.empty();
        }
        ActionRag rag = status == ActionStatus.OPEN ? rag(dueDate, revisions, date) : null;
        return Optional.of(new MeetingActionLog.Entry(action.actionId(), action.title(), action.source().minuteNumber(),
                action.source().resolutionPart(), ownerName, owningAgency, dueDate, status, rag, revisions, closedOn));
    }

    static ActionRag rag(LocalDate dueDate, int dueDateRevisions, LocalDate date) {
        return new ActionState(ActionStatus.OPEN, null, null, dueDate, dueDateRevisions, null).ragOn(date);
    }
}
