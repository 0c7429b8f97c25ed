package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.dhr.AllocationPurpose;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.Text;

/** Sets aside money from the pool for a review, a learning event or another purpose such as legal costs, citing the resolution that approved it. */
public record AllocateDHRFunding(
        @TargetAggregateIdentifier @CaseId String fundId,
        @CaseId String allocationId,
        @Positive long amountPence,
        @NotNull AllocationPurpose purpose,
        @Pattern(regexp = FieldRules.ID_PATTERN, message = FieldRules.ID_MESSAGE) String reviewId,
        @Text String description,
        @Text String resolutionReference,
        LocalDate allocatedOn,
        @PositiveOrZero Long expectedVersion) {
}
