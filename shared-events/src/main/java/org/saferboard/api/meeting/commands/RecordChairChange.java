package org.saferboard.api.meeting.commands;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

/** Someone else takes the chair from an item on, e.g. the vice-chair when the chair leaves. */
public record RecordChairChange(
        @TargetAggregateIdentifier @CaseId String meetingId,
        @Positive int fromMinuteNumber,
        @Text String chairName,
        @Size(max = FieldRules.TEXT) String note,
        @PositiveOrZero Long expectedVersion) {
}
