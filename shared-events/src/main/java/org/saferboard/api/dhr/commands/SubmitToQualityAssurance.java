package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;

/** The report goes to the Home Office quality assurance panel. */
public record SubmitToQualityAssurance(
        @TargetAggregateIdentifier @CaseId String reviewId,
        LocalDate submittedOn,
        @PositiveOrZero Long expectedVersion) {
}
