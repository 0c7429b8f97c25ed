package org.saferboard.api.dhr.views;

import java.time.LocalDate;
import java.util.List;

/**
 * A fund's movements in date order, amounts in pounds as decimal text, each with the balances after
 * it: balance (money held: brought in and received, less spent), committed (allocated and not yet
 * spent or released) and available (balance less committed: what can still be allocated).
 * For one financial year the first figures are those brought forward into it.
 */
public record DHRFundLedger(
        String fundId,
        String name,
        String financialYear,
        Balances broughtForward,
        List<Movement> movements,
        Balances carriedForward,
        String totalIn,
        String totalOut,
        List<ClosedYear> closedYears) {

    public enum Kind {
        OPENING_BALANCE,
        CONTRIBUTION_RECEIVED,
        ALLOCATION,
        EXPENDITURE,
        RELEASE
    }

    public record Balances(String balance, String committed, String available) {
    }

    public record Movement(
            LocalDate date,
            String financialYear,
            Kind kind,
            String description,
            String reference,
            String partner,
            String allocationId,
            String moneyIn,
            String moneyOut,
            String committedChange,
            Balances after) {
    }

    public record ClosedYear(String financialYear, LocalDate closedOn, String availableCarriedForward,
                             String unspentAllocationsCarriedForward) {
    }
}
