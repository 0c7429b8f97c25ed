package org.saferboard.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The business dates SaferBoard accepts: written yyyy-MM-dd exactly (no time, no zone, no day
 * number), and between 1900 and 2200, so that a typing slip cannot record a meeting in year 0 or
 * agree contributions for 9999-00.
 */
public final class BusinessDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    public static final String FORMAT_MESSAGE = "must be a date written yyyy-MM-dd, e.g. 2015-06-18";
    public static final String RANGE_MESSAGE = "must be a date from " + EARLIEST + " to " + LATEST;

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private BusinessDates() {
    }

    /** @throws InvalidFieldException naming the field when the text is not such a date */
    public static LocalDate parse(String text, String field) {
        if (text == null || text.length() != 10) {
            throw new InvalidFieldException(field, FORMAT_MESSAGE);
        }
        try {
            return requireInRange(LocalDate.parse(text, ISO_DATE), field);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, FORMAT_MESSAGE);
        }
    }

    /** @throws InvalidFieldException naming the field when the date is outside the years SaferBoard keeps */
    public static LocalDate requireInRange(LocalDate date, String field) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidFieldException(field, RANGE_MESSAGE);
        }
        return date;
    }
}
