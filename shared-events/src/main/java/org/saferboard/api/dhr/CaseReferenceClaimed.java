package org.saferboard.api.dhr;

public record CaseReferenceClaimed(
        String caseReferenceId,
        String caseReference,
        String reviewId) {
}
