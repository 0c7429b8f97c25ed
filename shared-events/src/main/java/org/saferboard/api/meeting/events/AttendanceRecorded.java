package org.saferboard.api.meeting.events;

import java.time.Instant;
import java.util.List;
import org.saferboard.api.meeting.Attendee;

public record AttendanceRecorded(
        String meetingId,
        List<Attendee> present,
        List<Attendee> apologies,
        List<Attendee> alsoInAttendance,
        Instant recordedAt) implements MeetingEvent {
}
