package org.saferboard.web.performance;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.saferboard.api.meeting.queries.FindMeetings;
import org.saferboard.api.meeting.views.MeetingList;
import org.saferboard.api.meeting.views.MeetingSummary;
import org.saferboard.api.performance.Quarter;
import org.saferboard.api.performance.commands.DefineOutcome;
import org.saferboard.api.performance.queries.FindIndicatorTrend;
import org.saferboard.api.performance.queries.FindOutcome;
import org.saferboard.api.performance.queries.FindPerformanceDashboard;
import org.saferboard.api.performance.views.IndicatorTrend;
import org.saferboard.api.performance.views.OutcomeOutline;
import org.saferboard.api.performance.views.PerformanceDashboard;
import org.saferboard.infrastructure.security.SignedInUser;
import org.saferboard.query.ReadAfterWaiter;
import org.saferboard.query.performance.PerformanceAsAt;
import org.saferboard.query.performance.PerformanceDashboardProjection;
import org.saferboard.web.AsAtChoice;
import org.saferboard.web.CommandForm;
import org.saferboard.web.Form;
import org.saferboard.web.FormField;
import org.saferboard.web.FormPages;
import org.saferboard.web.PageAccess;
import org.saferboard.web.PageNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The performance dashboard as the board reads it: a quarter's outcomes with their RAG and comment, each
 * indicator's figures with an arrow that shows which way it moved, coloured and worded by whether that is
 * better or worse, the district tables; an indicator's trend as a chart with its numbers as a table; and the
 * secretariat's forms to add outcomes and indicators, record and revise figures and rate an outcome.
 */
@Controller
class PerformancePages {

    private static final String READ_DASHBOARD = "/api/performance/boards/%s/dashboard";

    private static final String OUTCOMES = "/api/performance/outcomes";
    private static final CommandForm NEW_OUTCOME = new CommandForm(null, "Add an outcome to the dashboard", "Add the outcome",
            "/performance/new", "/performance", List.of(
            FormField.text("boardId", "Board", "The board's short name, for example LSCSB"),
            FormField.textarea("title", "Outcome", "As the dashboard prints it, for example Ongoing reductions in crime"),
            FormField.number("position", "Place on the dashboard", "1 for the first outcome")));

    private final QueryGateway queries;
    private final PageAccess access;
    private final FormPages forms;
    private final ReadAfterWaiter readAfterWaiter;
    private final Map<String, ToLongFunction<String>> followed;
    private final AsAtChoice asAtChoice;
    private final PerformanceAsAt performanceAsAt;

    PerformancePages(QueryGateway queries, PageAccess access, FormPages forms, ReadAfterWaiter readAfterWaiter,
                     PerformanceDashboardProjection readModel, AsAtChoice asAtChoice, PerformanceAsAt performanceAsAt) {
        this.queries = queries;
        this.access = access;
        this.forms = forms;
        this.readAfterWaiter = readAfterWaiter;
        this.asAtChoice = asAtChoice;
        this.performanceAsAt = performanceAsAt;
        this.followed = Map.of("Outcome", readModel::versionOf);
    }

    /** A board's dashboard: of the board asked for, or else of the board that met last. */
    @GetMapping("/performance")
    CompletableFuture<String> dashboard(@RequestParam(required = false) String board, @RequestParam(required = false) String quarter,
                                        @RequestParam(required = false) String asAtDate, @RequestParam(required = false) String asAtTime,
                                        HttpServletRequest request, Model model) {
        String boardId = board != null && !board.isBlank() ? board.strip() : lastBoardToMeet().orElse(null);
        access.require(request, "GET", READ_DASHBOARD.formatted(boardId == null ? "any" : boardId));
        model.addAttribute("boardId", boardId);
        AsAtChoice.Chosen asAt = asAtChoice.shown(asAtDate, asAtTime, model);
        model.addAttribute("mayAddOutcome", !asAt.chosen() && access.may("POST", OUTCOMES));
        // read here: the page may be drawn on another thread, once the read model holds the change it follows
        SignedInUser user = access.user();
        return readAfterWaiter.read(FormPages.readAfter(model), followed, () -> showDashboard(boardId, quarter, asAt, user, model));
    }

    private String showDashboard(String boardId, String quarter, AsAtChoice.Chosen asAt, SignedInUser user, Model model) {
        Quarter shown = null;
        if (quarter != null && !quarter.isBlank()) {
            if (!Quarter.isWritten(quarter.strip())) {
                throw new PageNotFound("There is no quarter " + quarter + ": quarters are written like 2014-15-Q4.");
            }
            shown = Quarter.parse(quarter.strip(), "quarter");
        }
        PerformanceDashboard dashboard = boardId == null ? null
                : asAt.chosen() ? performanceAsAt.dashboard(boardId, shown, asAt.asAt().position()).orElse(null)
                : queries.query(new FindPerformanceDashboard(boardId, shown == null ? null : shown.toString()),
                        ResponseTypes.optionalInstanceOf(PerformanceDashboard.class)).join().orElse(null);
        model.addAttribute("dashboard", dashboard);
        if (dashboard != null) {
            model.addAttribute("quarterWords", Quarter.parse(dashboard.quarter(), "quarter").words());
            model.addAttribute("comparedWithWords", Quarter.parse(dashboard.comparedWithQuarter(), "quarter").words());
            model.addAttribute("changesOf", dashboard.outcomes().stream().collect(Collectors.toMap(PerformanceDashboard.Outcome::outcomeId,
                    outcome -> Arrays.stream(PerformanceChange.values())
                            .filter(change -> !asAt.chosen())
                            .filter(change -> PageAccess.may(user, change.apiMethod(), change.apiPath(outcome.outcomeId())))
                            .filter(change -> !change.needsIndicator() || !outcome.indicators().isEmpty())
                            .toList())));
        }
        return "performance/dashboard";
    }

    /** An outcome's place: its board's dashboard, at the outcome (where the audit trail links a change of it). */
    @GetMapping("/performance/outcomes/{outcomeId}")
    String outcome(@PathVariable String outcomeId, HttpServletRequest request) {
        OutcomeOutline outcome = outcome(outcomeId);
        access.require(request, "GET", READ_DASHBOARD.formatted(outcome.boardId()));
        return "redirect:" + dashboardPath(outcome.boardId(), null) + "#outcome-" + outcome.outcomeId();
    }

    @GetMapping("/performance/new")
    String newOutcomeForm(@RequestParam(required = false) String board, HttpServletRequest request, Model model) {
        access.require(request, "POST", OUTCOMES);
        Form form = Form.empty(NEW_OUTCOME.labels()).withValue("newId", UUID.randomUUID().toString());
        Optional.ofNullable(board).or(this::lastBoardToMeet).ifPresent(boardId -> form.withValue("boardId", boardId));
        return forms.show(model, NEW_OUTCOME, form);
    }

    @PostMapping("/performance/new")
    String newOutcome(@RequestParam Map<String, String> fields, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        access.require(request, "POST", OUTCOMES);
        Form form = new Form(fields, NEW_OUTCOME.labels());
        String outcomeId = Optional.ofNullable(form.text("newId")).orElseGet(() -> UUID.randomUUID().toString());
        Integer position = form.number("position");
        if (position == null && form.text("position") == null) {
            form.reject("position", "Enter the outcome's place on the dashboard");
        }
        DefineOutcome define = new DefineOutcome(outcomeId, form.text("boardId"), form.text("title"), position == null ? 0 : position);
        return forms.submit(model, redirect, NEW_OUTCOME, form, define, outcomeId, Map.of(), FormPages.newVersionOf(outcomeId),
                "Outcome added", dashboardPath(form.text("boardId"), null));
    }

    @GetMapping("/performance/outcomes/{outcomeId}/{change}")
    String changeForm(@PathVariable String outcomeId, @PathVariable String change, @RequestParam(required = false) String quarter,
                      HttpServletRequest request, Model model) {
        PerformanceChange shown = change(change);
        access.require(request, shown.apiMethod(), shown.apiPath(outcomeId));
        OutcomeOutline outcome = outcome(outcomeId);
        Form form = shown.page(outcome).blankAt(outcome.version());
        if (Quarter.isWritten(quarter)) {
            form.withValue("quarter", quarter);
        }
        return forms.show(model, shown.page(outcome), form);
    }

    @PostMapping("/performance/outcomes/{outcomeId}/{change}")
    String change(@PathVariable String outcomeId, @PathVariable String change, @RequestParam Map<String, String> fields,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        PerformanceChange sent = change(change);
        access.require(request, sent.apiMethod(), sent.apiPath(outcomeId));
        OutcomeOutline outcome = outcome(outcomeId);
        CommandForm page = sent.page(outcome);
        Form form = new Form(fields, page.labels());
        String quarter = form.text("quarter");
        return forms.submit(model, redirect, page, form, sent.command(outcomeId, form), outcomeId, Map.of(),
                FormPages.newVersionOf(outcomeId), sent.heading() + ": done",
                dashboardPath(outcome.boardId(), Quarter.isWritten(quarter) ? quarter : null));
    }

    /** The board's dashboard page, of the quarter when one is given, its parameters encoded. */
    static String dashboardPath(String boardId, String quarter) {
        UriComponentsBuilder path = UriComponentsBuilder.fromPath("/performance").queryParam("board", boardId);
        if (quarter != null) {
            path.queryParam("quarter", quarter);
        }
        return path.encode().build().toUriString();
    }

    private OutcomeOutline outcome(String outcomeId) {
        return queries.query(new FindOutcome(outcomeId), ResponseTypes.optionalInstanceOf(OutcomeOutline.class)).join()
                .orElseThrow(() -> new PageNotFound("There is no outcome " + outcomeId + "."));
    }

    private static PerformanceChange change(String path) {
        return PerformanceChange.atPath(path).orElseThrow(() -> new PageNotFound("There is no page at this address."));
    }

    @GetMapping("/performance/outcomes/{outcomeId}/indicators/{indicatorId}")
    String trend(@PathVariable String outcomeId, @PathVariable String indicatorId, HttpServletRequest request, Model model) {
        access.require(request, "GET", "/api/performance/outcomes/" + outcomeId + "/indicators/" + indicatorId + "/trend");
        IndicatorTrend trend = queries.query(new FindIndicatorTrend(outcomeId, indicatorId), ResponseTypes.optionalInstanceOf(IndicatorTrend.class))
                .join()
                .orElseThrow(() -> new PageNotFound("There is no indicator " + indicatorId + " of outcome " + outcomeId + "."));
        model.addAttribute("trend", trend);
        model.addAttribute("quarterWords", trend.quarters().stream().map(quarter -> Quarter.parse(quarter, "quarter").words()).toList());
        return "performance/trend";
    }

    private Optional<String> lastBoardToMeet() {
        return queries.query(new FindMeetings(null, null, null), MeetingList.class).join().meetings().stream()
                .max(Comparator.comparing(MeetingSummary::meetingDate))
                .map(MeetingSummary::boardId);
    }
}
