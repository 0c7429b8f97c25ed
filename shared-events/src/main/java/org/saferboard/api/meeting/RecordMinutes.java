package org.saferboard.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The narrative of an item; until the minutes are confirmed, recording it again replaces the draft. */
public record RecordMinutes(
        @TargetAggregateIdentifier String meetingId,
        int minuteNumber,
        String narrative,
        Long expectedVersion) {
}
