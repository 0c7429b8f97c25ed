package org.saferboard.api.meeting.events;

import java.time.Instant;

public record ChairChanged(
        String meetingId,
        int fromMinuteNumber,
        String previousChairName,
        String chairName,
        String note,
        Instant changedAt) implements MeetingEvent {
}
