package org.saferboard.api.meeting.commands;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

/** An item on the agenda under its minute number, unique in the board's municipal year. */
public record AddAgendaItem(
        @TargetAggregateIdentifier @CaseId String meetingId,
        @Positive int minuteNumber,
        @Text String title,
        @Size(max = FieldRules.TEXT) String presenter,
        @Size(max = FieldRules.TEXT) String reportReference,
        @PositiveOrZero Long expectedVersion) {
}
