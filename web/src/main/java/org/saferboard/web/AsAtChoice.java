package org.saferboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine;
import org.saferboard.query.AsAt;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The "as at" picker of the case pages and the action log: a date and, optionally, a time of day in
 * Europe/London (the end of the day when none is given), turned into the instant and the event log's
 * position the page is shown at, by the read API's own rule ({@link AsAt}).
 */
@Component
public class AsAtChoice {

    /** The picker's fields as the pages send them. */
    public static final String DATE = "asAtDate";
    public static final String TIME = "asAtTime";

    private final Clock clock;
    private final GlobalSequenceEventStorageEngine eventLog;

    AsAtChoice(Clock clock, GlobalSequenceEventStorageEngine eventLog) {
        this.clock = clock;
        this.eventLog = eventLog;
    }

    /**
     * What the picker asked for: nothing (the page as it is now), an instant, or a mistake to show beside it.
     *
     * @param asAt null when no date was given or the date or time is wrong
     * @param error what is wrong, in words; null when nothing is
     */
    public record Chosen(String date, String time, AsAt asAt, String error) {

        public boolean chosen() {
            return asAt != null;
        }

        /** The instant on the board's clocks (Europe/London). */
        public LocalDateTime londonTime() {
            return asAt == null ? null : LocalDateTime.ofInstant(asAt.instant(), BusinessCalendar.BUSINESS_ZONE);
        }

        /** The picker's fields as a query string's parameters, for links that keep the page as at the same instant. */
        public Map<String, Object> parameters() {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put(DATE, asAt == null ? null : date);
            parameters.put(TIME, asAt == null || time == null || time.isBlank() ? null : time);
            return parameters;
        }

        /** {@link #parameters()} as a query string; empty when the page is shown as it is now. */
        public String query() {
            return QueryStrings.of(parameters());
        }
    }

    /**
     * What the picker asked for, put in the model for the page: {@code asAt}, and {@code asAtQuery} for the
     * page's links that keep it at the same instant.
     */
    public Chosen shown(String date, String time, Model model) {
        Chosen chosen = from(date, time);
        model.addAttribute("asAt", chosen);
        model.addAttribute("asAtQuery", chosen.query());
        return chosen;
    }

    public Chosen from(String date, String time) {
        if (date == null || date.isBlank()) {
            return new Chosen(null, time, null, time == null || time.isBlank() ? null : "Enter the date as well as the time");
        }
        try {
            LocalDate day = LocalDate.parse(date.trim());
            String text = time == null || time.isBlank() ? day.toString()
                    : day.atTime(LocalTime.parse(time.trim())).atZone(BusinessCalendar.BUSINESS_ZONE).toInstant().toString();
            return new Chosen(date.trim(), time, AsAt.of(text, clock, eventLog), null);
        } catch (DateTimeParseException e) {
            return new Chosen(date, time, null, "Enter a real date, and a time such as 10:00");
        } catch (InvalidFieldException e) {
            return new Chosen(date, time, null, "Enter a date and time that have passed: " + e.getMessage().replace("leave asAt out",
                    "leave the date out"));
        }
    }
}
