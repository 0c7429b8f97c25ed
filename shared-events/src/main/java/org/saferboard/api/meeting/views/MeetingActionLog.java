package org.saferboard.api.meeting.views;

import java.time.LocalDate;
import java.util.List;
import org.saferboard.api.action.ActionRag;
import org.saferboard.api.action.ActionStatus;

/**
 * The Action Log reviewed at a meeting, as the board saw it on the meeting's date: every action
 * raised at the board's meetings that was still open, and those completed or cancelled since the
 * previous meeting, grouped by the meeting they came from (earliest first).
 */
public record MeetingActionLog(
        String meetingId,
        String boardId,
        LocalDate meetingDate,
        String previousMeetingId,
        LocalDate previousMeetingDate,
        List<FromMeeting> groups) {

    public record FromMeeting(String meetingId, LocalDate meetingDate, List<Entry> actions) {
    }

    /** One action as it stood on the date; rag is null for an action completed or cancelled, which has closedOn. */
    public record Entry(
            String actionId,
            String title,
            Integer minuteNumber,
            String resolutionPart,
            String ownerName,
            String owningAgency,
            LocalDate dueDate,
            ActionStatus status,
            ActionRag rag,
            int dueDateRevisions,
            LocalDate closedOn) {
    }
}
