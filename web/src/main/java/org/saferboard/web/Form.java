package org.saferboard.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saferboard.api.Pence;
import org.springframework.util.MultiValueMap;

/**
 * A submitted form: what the person typed (shown back to them unchanged when it is refused), and what is wrong
 * with it, field by field (beside each field and, linked to it, in the error summary) or as a whole.
 */
public final class Form {

    /** One line of the error summary, linking to the field it is about ({@code href} "#field"). */
    public record ErrorLink(String href, String message) {
    }

    private final Map<String, String> values;
    private final Map<String, String> labels;
    private final Map<String, String> fieldErrors = new LinkedHashMap<>();
    private final List<String> formErrors = new ArrayList<>();

    public Form(Map<String, String> values, Map<String, String> labels) {
        this.values = new LinkedHashMap<>(values);
        this.labels = labels;
    }

    /** A form as sent: a field sent more than once (ticked checkboxes of one group) holds its values joined by commas. */
    public static Form sent(MultiValueMap<String, String> fields, Map<String, String> labels) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, sentValues) -> values.put(name, String.join(",", sentValues)));
        return new Form(values, labels);
    }

    public static Form empty(Map<String, String> labels) {
        return new Form(Map.of(), labels);
    }

    /** What was typed into the field, or "" (never null, so a page shows it as it is). */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public Form withValue(String field, String value) {
        values.put(field, value == null ? "" : value);
        return this;
    }

    public String label(String field) {
        return labels.getOrDefault(field, field);
    }

    public String error(String field) {
        return fieldErrors.get(field);
    }

    public boolean hasError(String field) {
        return fieldErrors.containsKey(field);
    }

    /** The ids that describe a field (its hint, its error), or null for none, so that no empty attribute is written. */
    public String describedBy(String field, boolean hinted) {
        String ids = ((hinted ? field + "-hint " : "") + (hasError(field) ? field + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    public boolean hasErrors() {
        return !fieldErrors.isEmpty() || !formErrors.isEmpty();
    }

    /** The error summary: errors about the whole form first, then each field's in the order of the form. */
    public List<ErrorLink> errorSummary() {
        List<ErrorLink> summary = new ArrayList<>();
        formErrors.forEach(message -> summary.add(new ErrorLink(null, message)));
        labels.keySet().stream().filter(fieldErrors::containsKey)
                .forEach(field -> summary.add(new ErrorLink("#" + field, fieldErrors.get(field))));
        fieldErrors.keySet().stream().filter(field -> !labels.containsKey(field))
                .forEach(field -> summary.add(new ErrorLink(null, fieldErrors.get(field))));
        return summary;
    }

    /** The first error about a field is kept: it is the one to fix first. */
    public void reject(String field, String message) {
        fieldErrors.putIfAbsent(field, message);
    }

    /** A rule the field breaks, said after the field's label: "Title must not be blank". */
    public void rejectRule(String field, String rule) {
        reject(field, label(field) + " " + rule);
    }

    public void rejectForm(String message) {
        formErrors.add(message);
    }

    /** The field's text trimmed, or null when it was left empty. */
    public String text(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A date typed as day, month and year in three boxes ({@code field-day}, {@code field-month},
     * {@code field-year}); null when all three are empty. A date that is not a real date is rejected here, so
     * the command never sees it.
     */
    public LocalDate date(String field) {
        String day = text(field + "-day");
        String month = text(field + "-month");
        String year = text(field + "-year");
        if (day == null && month == null && year == null) {
            return null;
        }
        if (day == null || month == null || year == null) {
            reject(field, label(field) + " must include a day, a month and a year");
            return null;
        }
        try {
            int yearNumber = Integer.parseInt(year);
            if (yearNumber < 1000 || yearNumber > 9999) {
                reject(field, label(field) + " must have a year of four digits, for example 2027");
                return null;
            }
            return LocalDate.of(yearNumber, Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException notADate) {
            reject(field, label(field) + " must be a real date");
            return null;
        }
    }

    /** A whole number; null when left empty. */
    public Integer number(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            reject(field, label(field) + " must be a whole number, for example 39");
            return null;
        }
    }

    /** A decimal number such as 6.35 or -2 (commas between thousands allowed); null when left empty. */
    public BigDecimal decimal(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        String number = value.replace(",", "");
        if (!number.matches("-?\\d{1,12}(\\.\\d{1,6})?")) {
            reject(field, label(field) + " must be a number, for example 6.35");
            return null;
        }
        return new BigDecimal(number);
    }

    /** An amount typed in pounds and pence (a £ sign and commas are allowed), in pence; null when left empty. */
    public Long pence(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        String pounds = value.replace("£", "").replace(",", "").strip();
        if (!pounds.matches(Pence.AMOUNT_PATTERN)) {
            reject(field, label(field) + " must be an amount in pounds and pence, for example 1250.00");
            return null;
        }
        return Pence.parse(pounds, field);
    }

    /** A time of day typed as 10:00 or 14:30; null when left empty. */
    public LocalTime time(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeException notATime) {
            reject(field, label(field) + " must be a time on the 24-hour clock, for example 10:00");
            return null;
        }
    }

    /** The field's lines that hold something, each trimmed. */
    public List<String> lines(String field) {
        String value = text(field);
        return value == null ? List.of() : value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The values ticked in a group of checkboxes. */
    public List<String> tickedValues(String field) {
        String value = text(field);
        return value == null ? List.of() : List.of(value.split(","));
    }

    /** Whether a group of checkboxes has this value ticked (for drawing it again). */
    public boolean isTicked(String field, String value) {
        return tickedValues(field).contains(value);
    }

    /** A ticked checkbox. */
    public boolean ticked(String field) {
        return "true".equals(text(field));
    }

    /** One of an enum's constants, chosen by its name; null (and an error) when none or another was sent. */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
        }
        reject(field, "Choose " + label(field).toLowerCase(Locale.ROOT));
        return null;
    }

    /** The version the form was filled in against, as sent, without judging it (for a stale form's message). */
    Long expectedVersionSeen() {
        try {
            return text("expectedVersion") == null ? null : Long.valueOf(text("expectedVersion"));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The version of the case the form was filled in against (a hidden field), or null; a damaged one is an error. */
    public Long expectedVersion() {
        Long version = expectedVersionSeen();
        if (version == null && text("expectedVersion") != null) {
            rejectForm("The form was damaged in transit; open the page again.");
        }
        return version;
    }
}
