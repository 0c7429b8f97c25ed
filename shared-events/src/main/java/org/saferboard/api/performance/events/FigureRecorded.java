package org.saferboard.api.performance.events;

import java.math.BigDecimal;
import java.time.Instant;
import org.saferboard.api.performance.SimilarAreasComparison;

/** @param quarter written 2014-15-Q4 */
public record FigureRecorded(
        String outcomeId,
        String indicatorId,
        String area,
        String quarter,
        BigDecimal value,
        String note,
        SimilarAreasComparison comparison,
        Instant recordedAt) implements OutcomeEvent {
}
