package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Returns an allocation's unspent money to the pool; the allocation takes no more spending. */
public record ReleaseAllocation(
        @TargetAggregateIdentifier String fundId,
        String allocationId,
        String reason,
        LocalDate releasedOn,
        Long expectedVersion) {
}
