package org.saferboard.api;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Money is held as a whole number of pence ({@code long}); the APIs take and show pounds as decimal
 * text with two places, e.g. {@code "3000.00"}, so no amount is ever rounded.
 */
public final class Pence {

    /** Pounds with up to two decimal places, no sign, no separators, under £10 billion. */
    public static final String AMOUNT_PATTERN = "\\d{1,10}(\\.\\d{1,2})?";
    public static final String AMOUNT_MESSAGE = "must be an amount in pounds such as 3000.00 (digits, at most two decimal places, no £ or commas)";

    private static final Pattern AMOUNT = Pattern.compile(AMOUNT_PATTERN);

    private Pence() {
    }

    /** @throws InvalidFieldException naming the field when the text is not such an amount */
    public static long parse(String pounds, String field) {
        if (pounds == null || !AMOUNT.matcher(pounds).matches()) {
            throw new InvalidFieldException(field, AMOUNT_MESSAGE);
        }
        return new BigDecimal(pounds).movePointRight(2).longValueExact();
    }

    public static String format(long pence) {
        return BigDecimal.valueOf(pence).movePointLeft(2).setScale(2).toPlainString();
    }
}
