package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

/** A death is notified to the Community Safety Partnerships; the case is known only by its reference and a pseudonym such as 'Mary'. reviewId is chosen by the caller, so a retry is safe. */
public record NotifyDeath(
        @TargetAggregateIdentifier @CaseId String reviewId,
        @NotBlank @Size(max = FieldRules.SHORT_TEXT) String caseReference,
        @NotBlank @Size(max = 40) String pseudonym,
        @NotNull LocalDate dateOfDeath,
        @NotNull LocalDate notifiedOn,
        @Text String notifyingAgency,
        @Text String area) {
}
