package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The Home Office panel's answer: approved for publication, or revisions requested (then the report is submitted again). */
public record RecordQualityAssuranceOutcome(
        @TargetAggregateIdentifier String reviewId,
        QualityAssuranceOutcome outcome,
        String notes,
        LocalDate receivedOn,
        Long expectedVersion) {
}
