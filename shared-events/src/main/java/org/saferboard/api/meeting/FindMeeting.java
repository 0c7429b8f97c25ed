package org.saferboard.api.meeting;

/** One meeting as the meeting view shows it. */
public record FindMeeting(String meetingId) {
}
