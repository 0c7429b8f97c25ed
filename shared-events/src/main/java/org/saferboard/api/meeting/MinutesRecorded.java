package org.saferboard.api.meeting;

import java.time.Instant;

public record MinutesRecorded(
        String meetingId,
        int minuteNumber,
        String narrative,
        Instant recordedAt) implements MeetingEvent {
}
