package org.saferboard.api.meeting.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

public record MeetingScheduled(
        String meetingId,
        String boardId,
        LocalDate meetingDate,
        LocalTime startTime,
        String venue,
        boolean online,
        String chairName,
        String municipalYear,
        Instant scheduledAt) implements MeetingEvent {
}
