package org.saferboard.api.performance.events;

import java.time.Instant;
import org.saferboard.api.performance.OutcomeRag;

/**
 * @param quarter written 2014-15-Q4
 * @param previousRag the quarter's rating this one replaces; null for its first
 */
public record OutcomeRated(
        String outcomeId,
        String quarter,
        OutcomeRag previousRag,
        OutcomeRag rag,
        String comment,
        String ratedBy,
        String presentedAtMeetingId,
        Integer presentedAtMinuteNumber,
        Instant ratedAt) implements OutcomeEvent {
}
