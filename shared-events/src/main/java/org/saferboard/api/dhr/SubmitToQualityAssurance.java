package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The report goes to the Home Office quality assurance panel. */
public record SubmitToQualityAssurance(
        @TargetAggregateIdentifier String reviewId,
        LocalDate submittedOn,
        Long expectedVersion) {
}
