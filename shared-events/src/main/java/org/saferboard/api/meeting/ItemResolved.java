package org.saferboard.api.meeting;

import java.time.Instant;
import java.util.List;

public record ItemResolved(
        String meetingId,
        int minuteNumber,
        ResolutionOutcome outcome,
        List<ResolutionPart> parts,
        Instant resolvedAt) implements MeetingEvent {
}
