package org.saferboard.web;

import java.util.List;

/**
 * One field of a form as the page draws it.
 *
 * @param name    the form parameter (a date field's three boxes are name-day, name-month, name-year)
 * @param label   what it asks, as its label (or its legend, for dates and choices)
 * @param kind    how it is entered
 * @param hint    a line under the label, or null
 * @param options the choices of a RADIOS or SELECT field
 */
public record FormField(String name, String label, Kind kind, String hint, List<Option> options) {

    public enum Kind {
        TEXT,
        TEXTAREA,
        /** A new password: never shown back. */
        PASSWORD,
        /** One entry a line, in a text area. */
        LINES,
        DATE,
        /** A time of day as 10:00. */
        TIME,
        /** A whole number. */
        NUMBER,
        /** Pounds and pence, as 1250.00. */
        MONEY,
        RADIOS,
        SELECT,
        CHECKBOX,
        /** Several of the options may be ticked. */
        CHECKBOXES
    }

    /** A choice: the value sent and what it says. */
    public record Option(String value, String label) {
    }

    public static FormField text(String name, String label, String hint) {
        return new FormField(name, label, Kind.TEXT, hint, List.of());
    }

    public static FormField password(String name, String label, String hint) {
        return new FormField(name, label, Kind.PASSWORD, hint, List.of());
    }

    public static FormField textarea(String name, String label, String hint) {
        return new FormField(name, label, Kind.TEXTAREA, hint, List.of());
    }

    public static FormField lines(String name, String label, String hint) {
        return new FormField(name, label, Kind.LINES, hint, List.of());
    }

    public static FormField date(String name, String label, String hint) {
        return new FormField(name, label, Kind.DATE, hint == null ? "For example, 27 3 2027" : hint, List.of());
    }

    public static FormField time(String name, String label) {
        return new FormField(name, label, Kind.TIME, "24-hour clock, for example 10:00 or 14:30", List.of());
    }

    public static FormField number(String name, String label, String hint) {
        return new FormField(name, label, Kind.NUMBER, hint, List.of());
    }

    public static FormField money(String name, String label, String hint) {
        return new FormField(name, label, Kind.MONEY, hint == null ? "In pounds and pence, for example 1250.00" : hint, List.of());
    }

    public static FormField radios(String name, String label, String hint, List<Option> options) {
        return new FormField(name, label, Kind.RADIOS, hint, options);
    }

    public static FormField select(String name, String label, String hint, List<Option> options) {
        return new FormField(name, label, Kind.SELECT, hint, options);
    }

    public static FormField checkboxes(String name, String label, String hint, List<Option> options) {
        return new FormField(name, label, Kind.CHECKBOXES, hint, options);
    }

    public static FormField checkbox(String name, String label, String hint) {
        return new FormField(name, label, Kind.CHECKBOX, hint, List.of());
    }

    /** Whether the page draws it as a group of boxes with a legend (dates, choices) rather than one labelled box. */
    public boolean grouped() {
        return kind == Kind.DATE || kind == Kind.RADIOS || kind == Kind.CHECKBOXES;
    }
}
