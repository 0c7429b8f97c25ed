package org.saferboard.api.meeting.events;

import java.time.Instant;

public record MeetingCancelled(
        String meetingId,
        String reason,
        Instant cancelledAt) implements MeetingEvent {
}
