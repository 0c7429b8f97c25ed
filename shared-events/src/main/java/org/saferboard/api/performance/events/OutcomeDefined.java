package org.saferboard.api.performance.events;

import java.time.Instant;

public record OutcomeDefined(
        String outcomeId,
        String boardId,
        String title,
        int position,
        Instant definedAt) implements OutcomeEvent {
}
