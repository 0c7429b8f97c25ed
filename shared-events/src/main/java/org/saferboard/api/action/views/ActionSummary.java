package org.saferboard.api.action.views;

import java.time.LocalDate;
import org.saferboard.api.action.ActionRag;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.ActionStatus;

public record ActionSummary(
        String actionId,
        String title,
        String ownerName,
        String owningAgency,
        LocalDate dueDate,
        ActionStatus status,
        boolean overdue,
        ActionRag rag,
        ActionSource source,
        long version) {
}
