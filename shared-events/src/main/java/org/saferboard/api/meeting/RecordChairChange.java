package org.saferboard.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone else takes the chair from an item on, e.g. the vice-chair when the chair leaves. */
public record RecordChairChange(
        @TargetAggregateIdentifier String meetingId,
        int fromMinuteNumber,
        String chairName,
        String note,
        Long expectedVersion) {
}
