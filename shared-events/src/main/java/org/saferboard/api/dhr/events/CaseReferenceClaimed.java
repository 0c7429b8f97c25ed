package org.saferboard.api.dhr.events;

public record CaseReferenceClaimed(
        String caseReferenceId,
        String caseReference,
        String reviewId) {
}
