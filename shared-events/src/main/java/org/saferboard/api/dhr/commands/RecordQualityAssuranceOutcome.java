package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.dhr.QualityAssuranceOutcome;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;

/** The Home Office panel's answer: approved for publication, or revisions requested (then the report is submitted again). */
public record RecordQualityAssuranceOutcome(
        @TargetAggregateIdentifier @CaseId String reviewId,
        @NotNull QualityAssuranceOutcome outcome,
        @Size(max = FieldRules.LONG_TEXT) String notes,
        LocalDate receivedOn,
        @PositiveOrZero Long expectedVersion) {
}
