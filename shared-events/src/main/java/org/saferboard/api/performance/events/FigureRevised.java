package org.saferboard.api.performance.events;

import java.math.BigDecimal;
import java.time.Instant;
import org.saferboard.api.performance.SimilarAreasComparison;

/** The figure as revised, beside the one it replaces. */
public record FigureRevised(
        String outcomeId,
        String indicatorId,
        String area,
        String quarter,
        BigDecimal previousValue,
        BigDecimal value,
        String previousNote,
        String note,
        SimilarAreasComparison previousComparison,
        SimilarAreasComparison comparison,
        String reason,
        Instant revisedAt) implements OutcomeEvent {
}
