package org.saferboard.api.meeting.events;

import java.time.Instant;
import java.time.LocalDate;

public record MinuteAmended(
        String meetingId,
        int minuteNumber,
        String originalText,
        String amendedText,
        String amendedAtMeetingId,
        LocalDate amendedOn,
        Instant amendedAt) implements MeetingEvent {
}
