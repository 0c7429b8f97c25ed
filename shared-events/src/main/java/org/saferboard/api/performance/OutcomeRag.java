package org.saferboard.api.performance;

/** The overall progress of an outcome in a quarter, as the officer who rated it judged it for the board. */
public enum OutcomeRag {
    RED,
    AMBER,
    GREEN
}
