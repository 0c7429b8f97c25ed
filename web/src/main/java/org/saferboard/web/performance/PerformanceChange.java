package org.saferboard.web.performance;

import static org.saferboard.web.FormField.lines;
import static org.saferboard.web.FormField.number;
import static org.saferboard.web.FormField.radios;
import static org.saferboard.web.FormField.select;
import static org.saferboard.web.FormField.text;
import static org.saferboard.web.FormField.textarea;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.saferboard.api.performance.FigurePeriod;
import org.saferboard.api.performance.IndicatorUnit;
import org.saferboard.api.performance.OutcomeRag;
import org.saferboard.api.performance.Polarity;
import org.saferboard.api.performance.SimilarAreasComparison;
import org.saferboard.api.performance.commands.DefineIndicator;
import org.saferboard.api.performance.commands.RateOutcome;
import org.saferboard.api.performance.commands.RecordFigure;
import org.saferboard.api.performance.commands.ReviseFigure;
import org.saferboard.api.performance.views.OutcomeOutline;
import org.saferboard.web.CommandForm;
import org.saferboard.web.Form;
import org.saferboard.web.FormField;

/**
 * The secretariat's forms on an outcome of the performance dashboard, each sending one command: figures are
 * typed as numbers such as 6.35, quarters as 2014-15-Q4, areas as the indicator names them.
 */
enum PerformanceChange {

    INDICATOR("indicator", "POST", "indicators", "Add a supporting indicator", "Add the indicator") {
        @Override
        List<FormField> fields(OutcomeOutline outcome) {
            return List.of(text("indicatorId", "Short name", "Letters, digits and dashes, unique in this outcome, for example vehicle-crime-rate"),
                    text("name", "Indicator", "As the dashboard prints it, for example Vehicle Crime rate (per 1,000 population)"),
                    radios("unit", "Unit", null, options(IndicatorUnit.values(), unit -> unit.words())),
                    radios("polarity", "Which way is better", null, options(Polarity.values(), PerformanceChange::words)),
                    text("target", "Target (optional)", "A number, for example 5.5"),
                    radios("period", "Each figure covers", null, options(FigurePeriod.values(), FigurePeriod::words)),
                    text("source", "Source (optional)", "For example, Leicestershire Police"),
                    text("county", "County", "The whole area, for example Leicestershire"),
                    lines("districts", "Districts (optional)", "One district a line, in the order the district table shows them"),
                    text("levelWithinPercent", "Level within (optional)", "A change of at most this percentage either way shows as level; "
                            + "2 when left empty"));
        }

        @Override
        Object command(String outcomeId, Form form) {
            return new DefineIndicator(outcomeId, form.text("indicatorId"), form.text("name"), form.choice("unit", IndicatorUnit.class),
                    form.choice("polarity", Polarity.class), form.decimal("target"), form.choice("period", FigurePeriod.class),
                    form.text("source"), form.text("county"), form.lines("districts"), form.decimal("levelWithinPercent"),
                    form.expectedVersion());
        }
    },
    FIGURE("figure", "POST", "indicators/any/figures", "Record a figure", "Record the figure") {
        @Override
        List<FormField> fields(OutcomeOutline outcome) {
            return figureFields(outcome, false);
        }

        @Override
        Object command(String outcomeId, Form form) {
            return new RecordFigure(outcomeId, form.text("indicatorId"), form.text("area"), form.text("quarter"), required(form, "value"),
                    form.text("note"), comparison(form), form.expectedVersion());
        }
    },
    REVISION("revision", "POST", "indicators/any/figures/revisions", "Revise a figure", "Revise the figure") {
        @Override
        List<FormField> fields(OutcomeOutline outcome) {
            return figureFields(outcome, true);
        }

        @Override
        Object command(String outcomeId, Form form) {
            return new ReviseFigure(outcomeId, form.text("indicatorId"), form.text("area"), form.text("quarter"), required(form, "value"),
                    form.text("note"), comparison(form), form.text("reason"), form.expectedVersion());
        }
    },
    RATING("rating", "PUT", "ratings/any", "Rate the outcome for a quarter", "Record the rating") {
        @Override
        List<FormField> fields(OutcomeOutline outcome) {
            return List.of(text("quarter", "Quarter", QUARTER),
                    radios("rag", "Overall progress", null, options(OutcomeRag.values(), rag -> words(rag.name()))),
                    textarea("comment", "Comment", "As the dashboard prints it"),
                    text("ratedBy", "Rated by", "Who judged it, for example James Fox"),
                    text("presentedAtMeetingId", "Noted at meeting (optional)", "The meeting's id, from its page's address"),
                    number("presentedAtMinuteNumber", "Minute (optional)", "The agenda item that noted it, for example 36"));
        }

        @Override
        Object command(String outcomeId, Form form) {
            return new RateOutcome(outcomeId, form.text("quarter"), form.choice("rag", OutcomeRag.class), form.text("comment"),
                    form.text("ratedBy"), form.text("presentedAtMeetingId"), form.number("presentedAtMinuteNumber"), form.expectedVersion());
        }
    };

    private static final String QUARTER = "A quarter of a financial year, for example 2014-15-Q4 (Q1 is April to June)";

    private final String path;
    private final String apiMethod;
    private final String apiPath;
    private final String heading;
    private final String button;

    PerformanceChange(String path, String apiMethod, String apiPath, String heading, String button) {
        this.path = path;
        this.apiMethod = apiMethod;
        this.apiPath = apiPath;
        this.heading = heading;
        this.button = button;
    }

    abstract List<FormField> fields(OutcomeOutline outcome);

    abstract Object command(String outcomeId, Form form);

    static Optional<PerformanceChange> atPath(String path) {
        return Arrays.stream(values()).filter(change -> change.path.equals(path)).findFirst();
    }

    String apiMethod() {
        return apiMethod;
    }

    /** The API request the form makes, for its access rule; an indicator or quarter in the path is any one. */
    String apiPath(String outcomeId) {
        return "/api/performance/outcomes/" + outcomeId + "/" + apiPath;
    }

    public String path() {
        return path;
    }

    public String heading() {
        return heading;
    }

    /** Whether the outcome needs an indicator before the form can be used. */
    public boolean needsIndicator() {
        return this == FIGURE || this == REVISION;
    }

    CommandForm page(OutcomeOutline outcome) {
        String dashboard = PerformancePages.dashboardPath(outcome.boardId(), null);
        return new CommandForm(outcome.title(), heading, button, "/performance/outcomes/" + outcome.outcomeId() + "/" + path, dashboard,
                fields(outcome));
    }

    private static List<FormField> figureFields(OutcomeOutline outcome, boolean revision) {
        List<FormField.Option> indicators = new ArrayList<>();
        indicators.add(new FormField.Option("", "Choose an indicator"));
        outcome.indicators().forEach(indicator -> indicators.add(new FormField.Option(indicator.indicatorId(), indicator.name())));
        String areas = "The county or one of the indicator's districts: " + String.join("; ", outcome.indicators().stream()
                .map(indicator -> indicator.name() + ": " + String.join(", ", Stream.concat(Stream.of(indicator.county()),
                        indicator.districts().stream()).toList()))
                .toList());
        List<FormField.Option> comparisons = new ArrayList<>();
        comparisons.add(new FormField.Option("", "Not given"));
        Arrays.stream(SimilarAreasComparison.values()).forEach(comparison -> comparisons.add(new FormField.Option(comparison.name(),
                words(comparison.name()))));
        List<FormField> fields = new ArrayList<>(List.of(select("indicatorId", "Indicator", null, indicators),
                text("area", "Area", areas), text("quarter", "Quarter", QUARTER),
                text("value", revision ? "Revised figure" : "Figure", "A number, for example 6.35; a percentage without the % sign"),
                text("note", "Note (optional)", "For example, not directly comparable, or Q3 2014-15"),
                select("comparison", "Compared with similar areas (optional)", null, comparisons)));
        if (revision) {
            fields.add(textarea("reason", "Reason for the revision", "Kept with the figure; the original stays in the history"));
        }
        return fields;
    }

    private static BigDecimal required(Form form, String field) {
        BigDecimal value = form.decimal(field);
        if (value == null && form.text(field) == null) {
            form.reject(field, "Enter the " + form.label(field).toLowerCase(Locale.UK));
        }
        return value;
    }

    private static SimilarAreasComparison comparison(Form form) {
        return form.text("comparison") == null ? null : form.choice("comparison", SimilarAreasComparison.class);
    }

    private static <E extends Enum<E>> List<FormField.Option> options(E[] constants, Function<E, String> label) {
        return Arrays.stream(constants).map(constant -> new FormField.Option(constant.name(), label.apply(constant))).toList();
    }

    private static String words(Polarity polarity) {
        return switch (polarity) {
            case LOWER_IS_BETTER -> "Lower is better";
            case HIGHER_IS_BETTER -> "Higher is better";
            case CONTEXT_ONLY -> "Neither: shown for context";
        };
    }

    private static String words(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.UK);
    }
}
