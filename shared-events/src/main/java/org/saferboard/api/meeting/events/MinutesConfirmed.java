package org.saferboard.api.meeting.events;

import java.time.Instant;
import java.time.LocalDate;

public record MinutesConfirmed(
        String meetingId,
        String confirmedAtMeetingId,
        LocalDate confirmedOn,
        Instant confirmedAt) implements MeetingEvent {
}
