package org.saferboard.api.action;

import java.time.LocalDate;

public record ActionSummary(
        String actionId,
        String title,
        String ownerName,
        String owningAgency,
        LocalDate dueDate,
        ActionStatus status,
        boolean overdue,
        ActionSource source,
        long version) {
}
