package org.saferboard.api.meeting.events;

import java.time.Instant;

public record ActionAroseFromMeeting(
        String meetingId,
        String actionId,
        int minuteNumber,
        String resolutionPart,
        String title,
        Instant raisedAt) implements MeetingEvent {
}
