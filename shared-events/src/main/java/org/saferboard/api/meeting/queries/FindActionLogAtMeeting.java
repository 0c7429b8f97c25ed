package org.saferboard.api.meeting.queries;

/** The board's Action Log as it stood on the date of a meeting. */
public record FindActionLogAtMeeting(String meetingId) {
}
