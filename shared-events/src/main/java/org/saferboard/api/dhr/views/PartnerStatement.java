package org.saferboard.api.dhr.views;

import java.time.LocalDate;
import java.util.List;

/**
 * One partner's account with the fund, amounts in pounds as decimal text: each year's agreed,
 * called-in and paid figures, and every entry in date order with what the partner owes after it
 * (called in, not yet paid).
 */
public record PartnerStatement(String fundId, String partner, List<Year> years, List<Entry> entries, String totalAgreed,
                               String totalDrawnDown, String totalReceived, String totalOutstanding) {

    public enum Kind {
        AGREED,
        DRAWN_DOWN,
        RECEIVED
    }

    public record Year(String financialYear, String agreed, String drawnDown, String received, String outstanding) {
    }

    public record Entry(LocalDate date, String financialYear, Kind kind, String reference, String amount, String outstandingAfter) {
    }
}
