package org.saferboard.api.performance;

/** What an indicator's figures count, as the dashboard prints them beside the name. */
public enum IndicatorUnit {
    RATE_PER_1000("rate per 1,000 population"),
    PERCENTAGE("%"),
    COUNT("number"),
    OFFENCES_PER_OFFENDER("offences per offender");

    private final String words;

    IndicatorUnit(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
