package org.saferboard.api.action.queries;

import java.util.Comparator;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.views.ActionSummary;

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

    /**
     * Whether an action matches the filters, with overdue as the summary says on its date: the meaning of
     * each filter, for a read that filters in memory (the action log as at a past instant). The
     * action log's MongoDB filter says the same.
     */
    public boolean matches(ActionSummary action) {
        return (status == null || status == action.status())
                && (ownerName == null || ownerName.equals(action.ownerName()))
                && (owningAgency == null || owningAgency.equals(action.owningAgency()))
                && (sourceKind == null || sourceKind == action.source().kind())
                && (reviewId == null || reviewId.equals(action.source().reviewId()))
                && (meetingId == null || meetingId.equals(action.source().meetingId()))
                && (overdue == null || overdue == action.overdue());
    }

    /** The order the action log is in: by due date as asked, then by id. */
    public Comparator<ActionSummary> order() {
        Comparator<ActionSummary> byDueDate = Comparator.comparing(ActionSummary::dueDate);
        if (dueDateOrder == DueDateOrder.LATEST_FIRST) {
            byDueDate = byDueDate.reversed();
        }
        return byDueDate.thenComparing(ActionSummary::actionId);
    }
}
