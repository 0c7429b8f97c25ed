package org.saferboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTest {

    private static final Map<String, String> LABELS = Map.of("dueDate", "Due date", "amount", "Amount", "startTime", "Start time",
            "minute", "Minute number");

    @Test
    void aDateIsThreeBoxesAndOnlyARealDatePasses() {
        assertThat(form("dueDate-day", "6", "dueDate-month", "12", "dueDate-year", "2019").date("dueDate"))
                .isEqualTo(LocalDate.of(2019, 12, 6));
        assertThat(form().date("dueDate")).as("all empty: no date").isNull();

        Form february = form("dueDate-day", "31", "dueDate-month", "2", "dueDate-year", "2020");
        assertThat(february.date("dueDate")).isNull();
        assertThat(february.error("dueDate")).isEqualTo("Due date must be a real date");

        Form partial = form("dueDate-day", "6", "dueDate-year", "2019");
        partial.date("dueDate");
        assertThat(partial.error("dueDate")).isEqualTo("Due date must include a day, a month and a year");

        Form shortYear = form("dueDate-day", "6", "dueDate-month", "12", "dueDate-year", "19");
        shortYear.date("dueDate");
        assertThat(shortYear.error("dueDate")).contains("four digits");
    }

    @Test
    void anAmountIsPoundsAndPenceWithAPoundSignAndCommasAllowed() {
        assertThat(form("amount", "£66,000.00").pence("amount")).isEqualTo(6_600_000L);
        assertThat(form("amount", "12.5").pence("amount")).isEqualTo(1_250L);
        assertThat(form("amount", "").pence("amount")).isNull();
        Form tooPrecise = form("amount", "12.345");
        assertThat(tooPrecise.pence("amount")).isNull();
        assertThat(tooPrecise.error("amount")).isEqualTo("Amount must be an amount in pounds and pence, for example 1250.00");
        Form negative = form("amount", "-5.00");
        assertThat(negative.pence("amount")).isNull();
        assertThat(negative.hasErrors()).isTrue();
    }

    @Test
    void aTimeAndAWholeNumber() {
        assertThat(form("startTime", "9:30").time("startTime")).isEqualTo(LocalTime.of(9, 30));
        Form notATime = form("startTime", "half ten");
        assertThat(notATime.time("startTime")).isNull();
        assertThat(notATime.error("startTime")).contains("24-hour clock");
        assertThat(form("minute", " 39 ").number("minute")).isEqualTo(39);
        Form notANumber = form("minute", "39a");
        assertThat(notANumber.number("minute")).isNull();
        assertThat(notANumber.error("minute")).isEqualTo("Minute number must be a whole number, for example 39");
    }

    @Test
    void theErrorSummaryListsTheFormsOwnErrorsFirstThenEachFieldInTheFormsOrder() {
        Form form = new Form(Map.of(), new java.util.LinkedHashMap<>(Map.of("title", "Title")));
        form.reject("title", "Title must not be blank");
        form.reject("title", "a second error of the same field is not shown");
        form.rejectForm("Action 42 is completed");
        assertThat(form.errorSummary()).containsExactly(new Form.ErrorLink(null, "Action 42 is completed"),
                new Form.ErrorLink("#title", "Title must not be blank"));
        assertThat(form.describedBy("title", true)).isEqualTo("title-hint title-error");
        assertThat(form.describedBy("other", false)).as("no empty attribute").isNull();
    }

    private static Form form(String... namesAndValues) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Form(values, LABELS);
    }
}
