package org.saferboard.api.performance.queries;

/** @param quarter written 2014-15-Q4; null for the latest quarter with any figure or rating */
public record FindPerformanceDashboard(String boardId, String quarter) {
}
