package org.saferboard.api.meeting.queries;

import java.time.LocalDate;

/** A board's meetings, earliest first, optionally between two dates (inclusive); any filter may be null. */
public record FindMeetings(String boardId, LocalDate from, LocalDate to) {
}
