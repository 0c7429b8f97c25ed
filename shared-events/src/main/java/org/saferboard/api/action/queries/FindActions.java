package org.saferboard.api.action.queries;

import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.SourceKind;

/**
 * The action log, filtered. Null filters match everything; overdue is judged against today's
 * business date. Pages count from 0.
 */
public record FindActions(
        ActionStatus status,
        String ownerName,
        String owningAgency,
        SourceKind sourceKind,
        String reviewId,
        String meetingId,
        Boolean overdue,
        DueDateOrder dueDateOrder,
        int page,
        int size) {

    public enum DueDateOrder {
        EARLIEST_FIRST,
        LATEST_FIRST
    }
}
