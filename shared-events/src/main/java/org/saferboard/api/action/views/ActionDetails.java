package org.saferboard.api.action.views;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.saferboard.api.action.ActionRag;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.queries.FindActionHistory;

/**
 * One action as the read API shows it (rag: red, amber or green today while open, null once closed), with its newest history entries (oldest of them first; at
 * most {@link #HISTORY_SHOWN}); {@code historyCount} says how many there are in all, and the whole
 * history is read page by page (FindActionHistory).
 */
public record ActionDetails(
        String actionId,
        String title,
        String description,
        String ownerName,
        String owningAgency,
        LocalDate dueDate,
        ActionStatus status,
        boolean overdue,
        ActionRag rag,
        ActionSource source,
        Instant raisedAt,
        String outcome,
        int dueDateRevisions,
        long version,
        long historyCount,
        List<ActionHistoryEntry> history) {

    public static final int HISTORY_SHOWN = 50;
}
