package org.saferboard.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Amounts as a finance officer reads them: £66,000.00. The pages call it as {@code ${@pounds.of(amount)}}. */
@Component("pounds")
public class Pounds {

    /** @param amount pounds and pence as the read models give them, for example 66000.00 or -12.50; null shows as nothing */
    public String of(String amount) {
        if (amount == null || amount.isBlank()) {
            return "";
        }
        BigDecimal value = new BigDecimal(amount);
        // a new format each time: DecimalFormat is not thread-safe
        String digits = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(value.abs());
        return (value.signum() < 0 ? "-£" : "£") + digits;
    }
}
