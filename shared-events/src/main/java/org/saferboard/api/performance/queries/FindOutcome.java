package org.saferboard.api.performance.queries;

/** One outcome of a dashboard with its indicators, as the forms that change it need it. */
public record FindOutcome(String outcomeId) {
}
