package org.saferboard.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Call off a meeting that has not taken place; its minute numbers become free for the board's next meeting. */
public record CancelMeeting(
        @TargetAggregateIdentifier String meetingId,
        String reason,
        Long expectedVersion) {
}
