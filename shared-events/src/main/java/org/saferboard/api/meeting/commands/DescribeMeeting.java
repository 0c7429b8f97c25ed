package org.saferboard.api.meeting.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asked by a meeting whose minutes another meeting confirms or amends: what that other meeting is
 * (its board, its date, whether it was cancelled). Changes nothing.
 */
public record DescribeMeeting(
        @TargetAggregateIdentifier String meetingId) {
}
