package org.saferboard.api.performance.commands;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

/**
 * An outcome the board's performance dashboard reports on, e.g. "Ongoing reductions in crime", at its
 * place on the dashboard. The outcomeId is chosen by the caller, so a retry is safe.
 */
public record DefineOutcome(
        @TargetAggregateIdentifier @CaseId String outcomeId,
        @NotBlank @Size(max = FieldRules.SHORT_TEXT) String boardId,
        @Text String title,
        @Positive @Max(1000) int position) {
}
