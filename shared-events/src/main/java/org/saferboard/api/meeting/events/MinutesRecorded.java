package org.saferboard.api.meeting.events;

import java.time.Instant;

public record MinutesRecorded(
        String meetingId,
        int minuteNumber,
        String narrative,
        Instant recordedAt) implements MeetingEvent {
}
