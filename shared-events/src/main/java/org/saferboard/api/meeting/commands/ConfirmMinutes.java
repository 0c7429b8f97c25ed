package org.saferboard.api.meeting.commands;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.meeting.MinuteAmendment;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;

/**
 * A later meeting confirms this meeting's minutes as a correct record, optionally subject to
 * amendments; from then on they are locked.
 */
public record ConfirmMinutes(
        @TargetAggregateIdentifier @CaseId String meetingId,
        @CaseId String confirmedAtMeetingId,
        @NotNull LocalDate confirmedOn,
        @Size(max = FieldRules.LIST) List<@NotNull @Valid MinuteAmendment> amendments,
        @PositiveOrZero Long expectedVersion) {
}
