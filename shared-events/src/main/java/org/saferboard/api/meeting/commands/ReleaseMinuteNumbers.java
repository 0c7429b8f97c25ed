package org.saferboard.api.meeting.commands;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by a cancelled meeting: the numbers it held are free again. */
public record ReleaseMinuteNumbers(
        @TargetAggregateIdentifier String minuteBookId,
        String meetingId,
        List<Integer> minuteNumbers) {
}
