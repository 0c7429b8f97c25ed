package org.saferboard.api.meeting.commands;

import java.time.LocalDate;

/** What another meeting needs to know of a meeting: its board, its date, whether it was cancelled. */
public record MeetingOutline(String meetingId, String boardId, LocalDate meetingDate, boolean cancelled) {
}
