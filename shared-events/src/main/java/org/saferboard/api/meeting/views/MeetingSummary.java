package org.saferboard.api.meeting.views;

import java.time.LocalDate;

/** A line of a board's list of meetings. */
public record MeetingSummary(
        String meetingId,
        String boardId,
        String municipalYear,
        LocalDate meetingDate,
        String venue,
        boolean online,
        MeetingView.MeetingStatus status,
        int agendaItems,
        long version) {
}
