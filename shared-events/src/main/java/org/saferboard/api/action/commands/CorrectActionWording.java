package org.saferboard.api.action.commands;

import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.Text;

/** Correct how an action is worded (a typo, a clearer title), open or closed; the reason is kept in its history. */
public record CorrectActionWording(
        @TargetAggregateIdentifier @CaseId String actionId,
        @Text String title,
        @Text String reason,
        @PositiveOrZero Long expectedVersion) {
}
