package org.saferboard.api.performance;

/** The span of time each of an indicator's figures covers, ending with the quarter it is recorded for. */
public enum FigurePeriod {
    ROLLING_12_MONTHS("12 months to the end of the quarter"),
    QUARTER("the quarter"),
    YEAR_TO_DATE("the financial year to the end of the quarter"),
    HALF_YEAR("six months to the end of the quarter");

    private final String words;

    FigurePeriod(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
