package org.saferboard.api.meeting.events;

import java.time.Instant;
import java.util.List;
import org.saferboard.api.meeting.ResolutionOutcome;
import org.saferboard.api.meeting.ResolutionPart;

public record ItemResolved(
        String meetingId,
        int minuteNumber,
        ResolutionOutcome outcome,
        List<ResolutionPart> parts,
        Instant resolvedAt) implements MeetingEvent {
}
