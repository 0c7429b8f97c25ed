package org.saferboard.api.performance.commands;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.performance.OutcomeRag;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.LongText;
import org.saferboard.api.rules.Text;

/**
 * An outcome's overall RAG and comment for a quarter, by the named person who rated it, and the
 * agenda item of the board's meeting that noted it (both or neither). Rating the quarter again
 * replaces the rating on the dashboard; the earlier one stays in the history.
 */
public record RateOutcome(
        @TargetAggregateIdentifier @CaseId String outcomeId,
        @NotBlank String quarter,
        @NotNull OutcomeRag rag,
        @LongText String comment,
        @Text String ratedBy,
        @Pattern(regexp = FieldRules.ID_PATTERN, message = FieldRules.ID_MESSAGE) String presentedAtMeetingId,
        @Positive Integer presentedAtMinuteNumber,
        @PositiveOrZero Long expectedVersion) {
}
