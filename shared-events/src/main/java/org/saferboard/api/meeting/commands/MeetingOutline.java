package org.saferboard.api.meeting.commands;

import java.time.LocalDate;
import java.util.List;

/**
 * What another case needs to know of a meeting: its board, its date, whether it was cancelled, and the
 * minute numbers on its agenda.
 */
public record MeetingOutline(String meetingId, String boardId, LocalDate meetingDate, boolean cancelled, List<Integer> minuteNumbers) {
}
