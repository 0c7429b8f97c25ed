package org.saferboard.api.action;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A dated progress note. expectedVersion, when given, is the version the writer last saw. */
public record RecordActionProgress(
        @TargetAggregateIdentifier String actionId,
        String note,
        LocalDate progressDate,
        Long expectedVersion) {
}
