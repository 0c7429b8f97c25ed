package org.saferboard.api.dhr;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A member of the review panel, by role and agency. */
public record RecordPanelMember(
        @TargetAggregateIdentifier String reviewId,
        String name,
        String role,
        String agency,
        Long expectedVersion) {
}
