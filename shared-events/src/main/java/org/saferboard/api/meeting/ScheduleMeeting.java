package org.saferboard.api.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Schedule a meeting of a board. The meetingId is chosen by the caller, so a retry is safe. */
public record ScheduleMeeting(
        @TargetAggregateIdentifier String meetingId,
        String boardId,
        LocalDate meetingDate,
        LocalTime startTime,
        String venue,
        boolean online,
        String chairName) {
}
