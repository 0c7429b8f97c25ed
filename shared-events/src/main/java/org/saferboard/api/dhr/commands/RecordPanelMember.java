package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.PositiveOrZero;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.Text;

/** A member of the review panel, by role and agency. */
public record RecordPanelMember(
        @TargetAggregateIdentifier @CaseId String reviewId,
        @Text String name,
        @Text String role,
        @Text String agency,
        @PositiveOrZero Long expectedVersion) {
}
