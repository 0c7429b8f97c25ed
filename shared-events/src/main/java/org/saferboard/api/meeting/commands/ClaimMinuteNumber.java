package org.saferboard.api.meeting.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by a meeting for its agenda item: a minute number is used once in a board's municipal year. */
public record ClaimMinuteNumber(
        @TargetAggregateIdentifier String minuteBookId,
        String boardId,
        String municipalYear,
        int minuteNumber,
        String meetingId) {
}
