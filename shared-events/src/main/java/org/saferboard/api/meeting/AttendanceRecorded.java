package org.saferboard.api.meeting;

import java.time.Instant;
import java.util.List;

public record AttendanceRecorded(
        String meetingId,
        List<Attendee> present,
        List<Attendee> apologies,
        List<Attendee> alsoInAttendance,
        Instant recordedAt) implements MeetingEvent {
}
