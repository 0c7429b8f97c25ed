package org.saferboard.api.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ActionDetails(
        String actionId,
        String title,
        String description,
        String ownerName,
        String owningAgency,
        LocalDate dueDate,
        ActionStatus status,
        boolean overdue,
        ActionSource source,
        Instant raisedAt,
        String outcome,
        int dueDateRevisions,
        long version,
        List<ActionHistoryEntry> history) {
}
