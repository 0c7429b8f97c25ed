package org.saferboard.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An item on the agenda under its minute number, unique in the board's municipal year. */
public record AddAgendaItem(
        @TargetAggregateIdentifier String meetingId,
        int minuteNumber,
        String title,
        String presenter,
        String reportReference,
        Long expectedVersion) {
}
