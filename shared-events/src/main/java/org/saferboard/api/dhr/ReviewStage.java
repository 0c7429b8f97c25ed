package org.saferboard.api.dhr;

/** Where a case stands. A case decided 'no review' stays NO_REVIEW (a learning event may follow) until closed. */
public enum ReviewStage {
    NOTIFIED,
    NO_REVIEW,
    IN_REVIEW,
    WITH_QUALITY_ASSURANCE,
    APPROVED,
    PUBLISHED,
    CLOSED
}
