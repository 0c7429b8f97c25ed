package org.saferboard.api.meeting.commands;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

/**
 * Raise an action at a meeting, from an agenda item or a lettered part of its resolution. The
 * meeting checks the item (and part) and raises the action with that source, in one change.
 */
public record RaiseActionFromMeeting(
        @TargetAggregateIdentifier @CaseId String meetingId,
        @CaseId String actionId,
        @Positive int minuteNumber,
        @Pattern(regexp = FieldRules.LETTER_PATTERN, message = FieldRules.LETTER_MESSAGE) String resolutionPart,
        @Text String title,
        @Size(max = FieldRules.LONG_TEXT) String description,
        @Text String ownerName,
        @Text String owningAgency,
        @NotNull LocalDate dueDate) {
}
