package org.saferboard.api.performance.queries;

public record FindIndicatorTrend(String outcomeId, String indicatorId) {
}
