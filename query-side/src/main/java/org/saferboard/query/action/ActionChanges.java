package org.saferboard.query.action;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.saferboard.api.action.events.ActionCancelled;
import org.saferboard.api.action.events.ActionCompleted;
import org.saferboard.api.action.events.ActionDueDateRequested;
import org.saferboard.api.action.events.ActionDueDateRevised;
import org.saferboard.api.action.events.ActionEvent;
import org.saferboard.api.action.events.ActionProgressRecorded;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.action.events.ActionReassigned;
import org.saferboard.api.action.events.ActionReopened;
import org.saferboard.api.action.events.ActionWordingCorrected;
import org.saferboard.api.action.views.ActionHistoryEntry;

/**
 * How each change of an action reads in its history: its name, when it happened and what it said,
 * in one place for the action log's history documents and for an action read as at a past instant.
 */
final class ActionChanges {

    private ActionChanges() {
    }

    static ActionHistoryEntry entry(long version, ActionEvent event) {
        return new ActionHistoryEntry(version, event.getClass().getSimpleName(), toTheMillisecond(event.occurredAt()), detailsOf(event));
    }

    /** An instant as a read model keeps it (MongoDB's dates hold milliseconds), so that every read shows the same. */
    static Instant toTheMillisecond(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** What the change said, by name, in a fixed order, leaving out what it did not say. */
    static Map<String, String> detailsOf(ActionEvent event) {
        if (event instanceof ActionRaised raised) {
            return details("title", raised.title(), "ownerName", raised.ownerName(), "owningAgency", raised.owningAgency(),
                    "dueDate", text(raised.dueDate()), "sourceKind", raised.source().kind().name(),
                    "sourceReference", raised.source().reference());
        }
        if (event instanceof ActionProgressRecorded progress) {
            return details("note", progress.note(), "progressDate", text(progress.progressDate()));
        }
        if (event instanceof ActionReassigned reassigned) {
            return details("previousOwnerName", reassigned.previousOwnerName(), "previousOwningAgency",
                    reassigned.previousOwningAgency(), "ownerName", reassigned.ownerName(), "owningAgency", reassigned.owningAgency(),
                    "reason", reassigned.reason());
        }
        if (event instanceof ActionWordingCorrected corrected) {
            return details("previousTitle", corrected.previousTitle(), "title", corrected.title(), "reason", corrected.reason());
        }
        if (event instanceof ActionDueDateRevised revised) {
            return details("previousDueDate", text(revised.previousDueDate()), "dueDate", text(revised.dueDate()),
                    "reason", revised.reason());
        }
        if (event instanceof ActionDueDateRequested requested) {
            return details("dueDate", text(requested.dueDate()), "requestedDueDate", text(requested.requestedDueDate()),
                    "reason", requested.reason());
        }
        if (event instanceof ActionCompleted completed) {
            return details("outcome", completed.outcome(), "evidence", completed.evidence());
        }
        if (event instanceof ActionReopened reopened) {
            return details("reason", reopened.reason());
        }
        if (event instanceof ActionCancelled cancelled) {
            return details("reason", cancelled.reason());
        }
        throw new IllegalArgumentException("No history wording for " + event.getClass().getName() + ": add it here");
    }

    /** Name-value pairs in the order given, leaving out absent values. */
    private static Map<String, String> details(String... namesAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                details.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return details;
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
