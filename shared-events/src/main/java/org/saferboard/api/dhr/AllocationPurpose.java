package org.saferboard.api.dhr;

/** What money from the DHR fund is set aside for. */
public enum AllocationPurpose {
    REVIEW,
    LEARNING_EVENT,
    OTHER
}
