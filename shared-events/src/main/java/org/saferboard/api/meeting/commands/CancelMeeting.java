package org.saferboard.api.meeting.commands;

import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.Text;

/** Call off a meeting that has not taken place; its minute numbers become free for the board's next meeting. */
public record CancelMeeting(
        @TargetAggregateIdentifier @CaseId String meetingId,
        @Text String reason,
        @PositiveOrZero Long expectedVersion) {
}
