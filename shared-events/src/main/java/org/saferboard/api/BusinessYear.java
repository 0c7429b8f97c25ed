package org.saferboard.api;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year that starts in a month other than January, written with its first year in full and the
 * last two digits of the second, e.g. {@code 2015-16}: the financial year (April to March) and a
 * board's municipal year (May to April).
 */
public enum BusinessYear {
    FINANCIAL(Month.APRIL),
    MUNICIPAL(Month.MAY);

    /** What a field holding a year is told when it holds anything else. */
    public static final String LABEL_MESSAGE = "must be a year written like 2015-16 (its first and last year), from 1900-01 to 2199-00";

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

    private final Month firstMonth;

    BusinessYear(Month firstMonth) {
        this.firstMonth = firstMonth;
    }

    public String containing(LocalDate date) {
        int firstYear = date.getMonth().compareTo(firstMonth) >= 0 ? date.getYear() : date.getYear() - 1;
        return label(firstYear);
    }

    public LocalDate firstDay(String label) {
        return LocalDate.of(firstYearOf(label), firstMonth, 1);
    }

    public LocalDate lastDay(String label) {
        return firstDay(label).plusYears(1).minusDays(1);
    }

    public String following(String label) {
        return label(firstYearOf(label) + 1);
    }

    public String preceding(String label) {
        return label(firstYearOf(label) - 1);
    }

    /**
     * Whether the text is a year written as this calendar writes it, e.g. 2015-16 (and not 2015-17 or
     * 2015/16), that starts within the dates SaferBoard keeps (see BusinessDates).
     */
    public static boolean isLabel(String label) {
        if (label == null) {
            return false;
        }
        Matcher matcher = LABEL.matcher(label);
        if (!matcher.matches()) {
            return false;
        }
        int firstYear = Integer.parseInt(matcher.group(1));
        return Integer.parseInt(matcher.group(2)) == (firstYear + 1) % 100
                && firstYear >= BusinessDates.EARLIEST.getYear() && firstYear < BusinessDates.LATEST.getYear();
    }

    /**
     * @return the label, when it is one
     * @throws InvalidFieldException naming the field otherwise
     */
    public static String requireLabel(String label, String field) {
        if (!isLabel(label)) {
            throw new InvalidFieldException(field, LABEL_MESSAGE);
        }
        return label;
    }

    private static int firstYearOf(String label) {
        if (!isLabel(label)) {
            throw new IllegalArgumentException("not a year such as 2015-16: " + label);
        }
        return Integer.parseInt(label.substring(0, 4));
    }

    private static String label(int firstYear) {
        return "%d-%02d".formatted(firstYear, (firstYear + 1) % 100);
    }
}
