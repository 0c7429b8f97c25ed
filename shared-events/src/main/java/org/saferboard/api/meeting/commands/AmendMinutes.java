package org.saferboard.api.meeting.commands;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.meeting.MinuteAmendment;
import org.saferboard.api.rules.CaseId;

/** A later meeting amends a minute that was already confirmed; the original wording stays on record. */
public record AmendMinutes(
        @TargetAggregateIdentifier @CaseId String meetingId,
        @CaseId String amendedAtMeetingId,
        @NotNull LocalDate amendedOn,
        @NotNull @Valid MinuteAmendment amendment,
        @PositiveOrZero Long expectedVersion) {
}
