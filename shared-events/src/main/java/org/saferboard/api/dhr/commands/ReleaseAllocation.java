package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.Text;

/** Returns an allocation's unspent money to the pool; the allocation takes no more spending. */
public record ReleaseAllocation(
        @TargetAggregateIdentifier @CaseId String fundId,
        @CaseId String allocationId,
        @Text String reason,
        LocalDate releasedOn,
        @PositiveOrZero Long expectedVersion) {
}
