package org.saferboard.command;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.InvalidFieldException;

/** Checks every aggregate makes of a command before deciding anything. */
public final class CommandChecks {

    private CommandChecks() {
    }

    /** For a field required only when another field says so; a field always required says so on its command. */
    public static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
    }

    /** The business date given, or today in Europe/London when none is; never a date after today. */
    public static LocalDate onOrBeforeToday(LocalDate date, String field, Clock clock) {
        LocalDate today = BusinessCalendar.today(clock);
        if (date == null) {
            return today;
        }
        if (date.isAfter(today)) {
            throw new InvalidFieldException(field, "must not be after today (" + today + ")");
        }
        return date;
    }

    /** As {@link #onOrBeforeToday}, and not before an earlier date of the case, named for the message. */
    public static LocalDate onOrBeforeToday(LocalDate date, String field, Clock clock, LocalDate notBefore, String notBeforeName) {
        LocalDate checked = onOrBeforeToday(date, field, clock);
        if (notBefore != null && checked.isBefore(notBefore)) {
            throw new InvalidFieldException(field, "must not be before " + notBeforeName + " (" + notBefore + ")");
        }
        return checked;
    }

    /** The aggregate's version as SaferBoard shows it (1 after the creating command); call inside a handler. */
    public static long currentVersion() {
        return AggregateVersions.fromSequenceNumber(AggregateLifecycle.getVersion());
    }

    /**
     * Written here rather than with Axon's @TargetAggregateVersion because Axon only refuses a version
     * behind the aggregate; a version ahead of it is just as stale a view and is refused too.
     */
    public static void requireVersion(Long expectedVersion, String caseName) {
        if (expectedVersion != null && expectedVersion != currentVersion()) {
            throw new StaleVersion(caseName, expectedVersion, currentVersion());
        }
    }
}
