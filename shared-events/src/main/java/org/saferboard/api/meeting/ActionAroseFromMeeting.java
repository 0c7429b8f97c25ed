package org.saferboard.api.meeting;

import java.time.Instant;

public record ActionAroseFromMeeting(
        String meetingId,
        String actionId,
        int minuteNumber,
        String resolutionPart,
        String title,
        Instant raisedAt) implements MeetingEvent {
}
