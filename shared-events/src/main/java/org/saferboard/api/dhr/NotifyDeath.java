package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A death is notified to the Community Safety Partnerships; the case is known only by its reference and a pseudonym such as 'Mary'. reviewId is chosen by the caller, so a retry is safe. */
public record NotifyDeath(
        @TargetAggregateIdentifier String reviewId,
        String caseReference,
        String pseudonym,
        LocalDate dateOfDeath,
        LocalDate notifiedOn,
        String notifyingAgency,
        String area) {
}
