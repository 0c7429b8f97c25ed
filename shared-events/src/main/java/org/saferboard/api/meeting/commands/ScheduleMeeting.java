package org.saferboard.api.meeting.commands;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

/** Schedule a meeting of a board. The meetingId is chosen by the caller, so a retry is safe. */
public record ScheduleMeeting(
        @TargetAggregateIdentifier @CaseId String meetingId,
        @NotBlank @Size(max = FieldRules.SHORT_TEXT) String boardId,
        @NotNull LocalDate meetingDate,
        @NotNull LocalTime startTime,
        @Size(max = FieldRules.TEXT) String venue,
        boolean online,
        @Text String chairName) {
}
