package org.saferboard.api.meeting.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asked by a meeting whose minutes another meeting confirms or amends, and by a performance outcome
 * whose rating a meeting noted: what that meeting is (its board, its date, whether it was cancelled,
 * its agenda's minute numbers). Changes nothing.
 */
public record DescribeMeeting(
        @TargetAggregateIdentifier String meetingId) {
}
