package org.saferboard.api.action.events;

import java.time.Instant;
import java.time.LocalDate;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.action.ActionRag;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.events.ActionDueDateRevised;
import org.saferboard.api.action.events.ActionEvent;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.action.events.ActionReassigned;

/**
 * An action as it stands after its events, in one definition for the aggregate that decides on it
 * and for every read that shows it: its title, status, owner, due date, how often the due date moved, when it
 * was closed, and from these whether it is overdue and its RAG on a date. Plain Java: folded with
 * {@link ActionEvent#applyTo}, from nothing before the raise, over all of an action's events or those
 * up to an instant.
 *
 * @param closedAt when it was completed or cancelled; null while open
 */
public record ActionState(
        String title,
        ActionStatus status,
        String ownerName,
        String owningAgency,
        LocalDate dueDate,
        int dueDateRevisions,
        Instant closedAt) {

    /** An open action due within this many days of a date is amber on that date. */
    public static final int AMBER_WITHIN_DAYS = 14;
    /** An open action whose due date moved more often than this is amber whatever its due date. */
    public static final int AMBER_AFTER_REVISIONS = 1;

    /** The state after a run of one action's events, in order; null for none. */
    public static ActionState fold(Iterable<? extends ActionEvent> events) {
        ActionState state = null;
        for (ActionEvent event : events) {
            state = event.applyTo(state);
        }
        return state;
    }

    static ActionState raised(ActionRaised event) {
        return new ActionState(event.title(), ActionStatus.OPEN, event.ownerName(), event.owningAgency(), event.dueDate(), 0,
                null);
    }

    ActionState reassigned(ActionReassigned event) {
        return new ActionState(title, status, event.ownerName(), event.owningAgency(), dueDate, dueDateRevisions, closedAt);
    }

    ActionState dueDateRevised(ActionDueDateRevised event) {
        return new ActionState(title, status, ownerName, owningAgency, event.dueDate(), dueDateRevisions + 1, closedAt);
    }

    ActionState closed(ActionStatus closedAs, Instant at) {
        return new ActionState(title, closedAs, ownerName, owningAgency, dueDate, dueDateRevisions, at);
    }

    ActionState reopened() {
        return new ActionState(title, ActionStatus.OPEN, ownerName, owningAgency, dueDate, dueDateRevisions, null);
    }

    public boolean open() {
        return status == ActionStatus.OPEN;
    }

    /** The business date it was closed on (Europe/London); null while open. */
    public LocalDate closedOn() {
        return closedAt == null ? null : LocalDate.ofInstant(closedAt, BusinessCalendar.BUSINESS_ZONE);
    }

    /** Open and due before the date. */
    public boolean overdueOn(LocalDate date) {
        return isOverdue(status, dueDate, date);
    }

    /** The rule of {@link #overdueOn}, for a read model that holds only the two fields it needs. */
    public static boolean isOverdue(ActionStatus status, LocalDate dueDate, LocalDate date) {
        return status == ActionStatus.OPEN && dueDate.isBefore(date);
    }

    /** Red overdue, amber due soon or moved more than once, green on track; null when it is not open. */
    public ActionRag ragOn(LocalDate date) {
        return ragOf(status, dueDate, dueDateRevisions, date);
    }

    /** The rule of {@link #ragOn}, for a read model that holds only the fields it needs. */
    public static ActionRag ragOf(ActionStatus status, LocalDate dueDate, int dueDateRevisions, LocalDate date) {
        if (status != ActionStatus.OPEN) {
            return null;
        }
        if (isOverdue(status, dueDate, date)) {
            return ActionRag.RED;
        }
        if (!dueDate.isAfter(date.plusDays(AMBER_WITHIN_DAYS)) || dueDateRevisions > AMBER_AFTER_REVISIONS) {
            return ActionRag.AMBER;
        }
        return ActionRag.GREEN;
    }
}
