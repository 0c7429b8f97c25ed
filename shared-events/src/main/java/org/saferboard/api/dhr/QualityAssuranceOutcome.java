package org.saferboard.api.dhr;

/** The Home Office quality assurance panel's answer. */
public enum QualityAssuranceOutcome {
    APPROVED,
    REVISIONS_REQUESTED
}
