package org.saferboard.api.meeting;

import java.time.Instant;

public record MeetingCancelled(
        String meetingId,
        String reason,
        Instant cancelledAt) implements MeetingEvent {
}
