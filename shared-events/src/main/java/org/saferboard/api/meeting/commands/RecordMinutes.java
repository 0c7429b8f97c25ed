package org.saferboard.api.meeting.commands;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.LongText;

/** The narrative of an item; until the minutes are confirmed, recording it again replaces the draft. */
public record RecordMinutes(
        @TargetAggregateIdentifier @CaseId String meetingId,
        @Positive int minuteNumber,
        @LongText String narrative,
        @PositiveOrZero Long expectedVersion) {
}
