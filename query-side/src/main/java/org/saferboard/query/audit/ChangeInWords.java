package org.saferboard.query.audit;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.saferboard.api.BusinessCalendar;

/**
 * What an event changed, in plain words, read from the event itself so that every kind of change (those
 * added later too) is described without a sentence written for each: "Action due date revised: due date
 * 6 December 2019 -> 31 January 2020". A field {@code previousX} beside {@code x} reads as the change from
 * one to the other; the case's own id and the event's recorded time are left out (the trail shows them);
 * money in pence reads in pounds; the reason or rationale the command carried is the "why".
 */
final class ChangeInWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)
            .withZone(BusinessCalendar.BUSINESS_ZONE);
    private static final Set<String> WHY = Set.of("reason", "rationale");
    private static final String PREVIOUS = "previous";
    private static final int LONGEST_TEXT = 500;
    private static final int MOST_ITEMS = 20;

    record Described(String what, String why) {
    }

    private ChangeInWords() {
    }

    static Described describe(Object event, String caseId) {
        String title = sentence(event.getClass().getSimpleName());
        if (!event.getClass().isRecord()) {
            return new Described(title, null);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            fields.put(component.getName(), valueOf(component, event));
        }
        List<String> parts = new ArrayList<>();
        String why = null;
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            String name = field.getKey();
            Object value = field.getValue();
            if (value == null || value.equals(caseId) || value instanceof Instant && name.endsWith("At")) {
                continue;
            }
            if (WHY.contains(name)) {
                why = words(name, value);
                continue;
            }
            if (name.startsWith(PREVIOUS) && name.length() > PREVIOUS.length()) {
                String changed = Character.toLowerCase(name.charAt(PREVIOUS.length())) + name.substring(PREVIOUS.length() + 1);
                if (fields.containsKey(changed)) {
                    continue;
                }
            }
            Object previous = fields.get(PREVIOUS + Character.toUpperCase(name.charAt(0)) + name.substring(1));
            String label = label(name);
            parts.add(previous == null ? label + " " + words(name, value)
                    : label + " " + words(name, previous) + " -> " + words(name, value));
        }
        return new Described(parts.isEmpty() ? title : title + ": " + String.join("; ", parts), why);
    }

    private static Object valueOf(RecordComponent component, Object event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("An event's field could not be read: " + component, e);
        }
    }

    private static String words(String name, Object value) {
        if (value instanceof LocalDate date) {
            return DAY.format(date);
        }
        if (value instanceof Instant instant) {
            return MOMENT.format(instant);
        }
        if (value instanceof Number number && (name.endsWith("Pence") || name.equals("pence"))) {
            return pounds(number.longValue());
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (value instanceof Collection<?> items) {
            String listed = items.stream().limit(MOST_ITEMS).map(item -> words(name, item)).collect(Collectors.joining(", "));
            return "[" + listed + (items.size() > MOST_ITEMS ? ", and " + (items.size() - MOST_ITEMS) + " more" : "") + "]";
        }
        if (value instanceof Map<?, ?> entries) {
            return entries.entrySet().stream().limit(MOST_ITEMS)
                    .map(entry -> entry.getKey() + " " + words(entry.getKey().toString(), entry.getValue()))
                    .collect(Collectors.joining(", ", "(", ")"));
        }
        if (value.getClass().isRecord() && value.getClass().getRecordComponents().length == 1) {
            RecordComponent only = value.getClass().getRecordComponents()[0];
            return words(only.getName(), valueOf(only, value));
        }
        if (value.getClass().isRecord()) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object part = valueOf(component, value);
                if (part != null) {
                    parts.add(label(component.getName()) + " " + words(component.getName(), part));
                }
            }
            return "(" + String.join(", ", parts) + ")";
        }
        String text = value.toString();
        return text.length() > LONGEST_TEXT ? text.substring(0, LONGEST_TEXT) + "..." : text;
    }

    private static String pounds(long pence) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(BigDecimal.valueOf(pence, 2));
    }

    /** "previousDueDate" -> "previous due date"; "amountPence" -> "amount". */
    static String label(String name) {
        String words = name.endsWith("Pence") ? name.substring(0, name.length() - "Pence".length()) : name;
        return words.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2").toLowerCase(Locale.ROOT)
                .replace("dhr", "DHR");
    }

    /** "ActionDueDateRevised" -> "Action due date revised"; "DHRFundingAllocated" -> "DHR funding allocated". */
    static String sentence(String eventName) {
        String words = label(eventName);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
