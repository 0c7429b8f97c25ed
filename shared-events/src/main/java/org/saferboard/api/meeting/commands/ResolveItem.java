package org.saferboard.api.meeting.commands;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.meeting.ResolutionOutcome;
import org.saferboard.api.meeting.ResolutionPart;
import org.saferboard.api.rules.CaseId;

/** The board's decision on an item: RESOLVED, AGREED or NOTED, in one part or lettered parts (a), (b), ... */
public record ResolveItem(
        @TargetAggregateIdentifier @CaseId String meetingId,
        @Positive int minuteNumber,
        @NotNull ResolutionOutcome outcome,
        @NotEmpty @Size(max = 26) List<@NotNull @Valid ResolutionPart> parts,
        @PositiveOrZero Long expectedVersion) {
}
