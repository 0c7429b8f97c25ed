package org.saferboard.api.meeting.events;

import java.time.Instant;

public record AgendaItemAdded(
        String meetingId,
        int minuteNumber,
        String title,
        String presenter,
        String reportReference,
        Instant addedAt) implements MeetingEvent {
}
