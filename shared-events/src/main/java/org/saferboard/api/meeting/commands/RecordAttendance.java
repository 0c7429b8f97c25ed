package org.saferboard.api.meeting.commands;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.meeting.Attendee;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;

/** Who was present, who sent apologies and who else attended; recording it again replaces the earlier record. */
public record RecordAttendance(
        @TargetAggregateIdentifier @CaseId String meetingId,
        @NotEmpty @Size(max = FieldRules.LIST) List<@NotNull @Valid Attendee> present,
        @Size(max = FieldRules.LIST) List<@NotNull @Valid Attendee> apologies,
        @Size(max = FieldRules.LIST) List<@NotNull @Valid Attendee> alsoInAttendance,
        @PositiveOrZero Long expectedVersion) {
}
