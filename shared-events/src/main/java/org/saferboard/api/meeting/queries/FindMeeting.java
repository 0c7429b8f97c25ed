package org.saferboard.api.meeting.queries;

/** One meeting as the meeting view shows it. */
public record FindMeeting(String meetingId) {
}
