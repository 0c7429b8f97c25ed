package org.saferboard.api.performance;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saferboard.api.BusinessYear;
import org.saferboard.api.InvalidFieldException;

/**
 * A quarter of a financial year, written {@code 2014-15-Q4}: Q1 is April to June, Q4 January to March.
 * Performance figures and ratings are recorded per quarter.
 */
public record Quarter(String financialYear, int number) implements Comparable<Quarter> {

    public static final String FORMAT_MESSAGE = "must be a quarter of a financial year written like 2014-15-Q4 (Q1 is April to June)";

    private static final Pattern TEXT = Pattern.compile("(\\d{4}-\\d{2})-Q([1-4])");

    public Quarter {
        if (!BusinessYear.isLabel(financialYear) || number < 1 || number > 4) {
            throw new IllegalArgumentException("not a quarter: " + financialYear + " Q" + number);
        }
    }

    /** @throws InvalidFieldException naming the field when the text is not a quarter written as {@link #toString} writes it */
    public static Quarter parse(String text, String field) {
        if (!isWritten(text)) {
            throw new InvalidFieldException(field, FORMAT_MESSAGE);
        }
        return new Quarter(text.substring(0, 7), text.charAt(9) - '0');
    }

    /** Whether the text is a quarter written as {@link #toString} writes it. */
    public static boolean isWritten(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text);
        return matcher != null && matcher.matches() && BusinessYear.isLabel(matcher.group(1));
    }

    public static Quarter containing(LocalDate date) {
        String year = BusinessYear.FINANCIAL.containing(date);
        long monthsIn = BusinessYear.FINANCIAL.firstDay(year).until(date.withDayOfMonth(1)).toTotalMonths();
        return new Quarter(year, (int) monthsIn / 3 + 1);
    }

    public LocalDate firstDay() {
        return BusinessYear.FINANCIAL.firstDay(financialYear).plusMonths(3L * (number - 1));
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The same quarter of the year before: what a figure's direction of travel is judged against. */
    public Quarter yearBefore() {
        return new Quarter(BusinessYear.FINANCIAL.preceding(financialYear), number);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(BusinessYear.FINANCIAL.following(financialYear), 1) : new Quarter(financialYear, number + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return firstDay().compareTo(other.firstDay());
    }

    /** e.g. 2014-15-Q4, as the API reads and writes it. */
    @Override
    public String toString() {
        return financialYear + "-Q" + number;
    }

    /** e.g. "2014-15 Q4", as the dashboard prints it. */
    public String words() {
        return financialYear + " Q" + number;
    }
}
