package org.saferboard.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine;

/**
 * The instant a read is "as at", and the position of the event log then: every event stored up to
 * that global index, and none after it. A date means the end of that day in Europe/London (today's
 * end so far: now).
 *
 * @param businessDate the instant's date in Europe/London, on which overdue and RAG are judged
 */
public record AsAt(Instant instant, LocalDate businessDate, long position) {

    public static final String PARAMETER = "asAt";
    public static final String DESCRIPTION = "An ISO instant (2015-06-18T10:00:00Z, or with an offset) or a date (2015-06-18, meaning the"
            + " end of that day in Europe/London): the answer is folded from the events recorded up to then, not read from today's"
            + " read model, and says the instant and the event log's position it reflects.";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public static AsAt of(String text, Clock clock, GlobalSequenceEventStorageEngine eventLog) {
        Instant now = clock.instant();
        Instant instant = parse(text);
        if (DATE.matcher(text).matches() && LocalDate.parse(text).equals(BusinessCalendar.today(clock))) {
            // today is not over: its end is now
            instant = now;
        }
        if (instant.isAfter(now)) {
            throw new InvalidFieldException(PARAMETER, "'" + text + "' is in the future; leave asAt out to read the records as they are now");
        }
        return new AsAt(instant, LocalDate.ofInstant(instant, BusinessCalendar.BUSINESS_ZONE), eventLog.positionAt(instant));
    }

    private static Instant parse(String text) {
        try {
            if (DATE.matcher(text).matches()) {
                return BusinessCalendar.endOfDay(LocalDate.parse(text));
            }
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(PARAMETER, "cannot read '" + text + "' as an instant (2015-06-18T10:00:00Z) or a date (2015-06-18)");
        }
    }

    /** A read's answer as at an instant: the view as it was then, with the instant and the log's position beside its fields. */
    public record Answer<T>(Instant asAt, long asAtPosition, @JsonUnwrapped T view) {

        public static <T> Answer<T> of(AsAt asAt, T view) {
            return new Answer<>(asAt.instant(), asAt.position(), view);
        }
    }
}
