package org.saferboard.api.dhr.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by a review when it is recorded: a DHR case reference names one case. */
public record ClaimCaseReference(
        @TargetAggregateIdentifier String caseReferenceId,
        String caseReference,
        String reviewId) {

    /** One claim per reference, however it is spaced or cased; not an id a client can choose (it holds a space). */
    public static String idOf(String caseReference) {
        return "case reference " + caseReference.trim().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.UK);
    }
}
