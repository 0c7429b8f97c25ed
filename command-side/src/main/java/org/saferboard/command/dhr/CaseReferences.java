package org.saferboard.command.dhr;

/** Claims a DHR case reference for a review. */
public interface CaseReferences {

    /** @throws ReviewRefusal when another review holds the reference */
    void claim(String caseReference, String reviewId);
}
