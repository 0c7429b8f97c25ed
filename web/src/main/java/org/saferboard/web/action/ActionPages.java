package org.saferboard.web.action;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.commands.RaiseAction;
import org.saferboard.api.action.queries.FindAction;
import org.saferboard.api.action.queries.FindActions;
import org.saferboard.api.action.views.ActionDetails;
import org.saferboard.api.action.views.ActionLogPage;
import org.saferboard.api.people.ActingUser;
import org.saferboard.api.people.Role;
import org.saferboard.infrastructure.security.SignedInUser;
import org.saferboard.query.ReadAfterWaiter;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.query.action.ActionsAsAt;
import org.saferboard.query.audit.AuditTrailPage;
import org.saferboard.query.audit.AuditTrailProjection;
import org.saferboard.web.AsAtChoice;
import org.saferboard.web.CommandForm;
import org.saferboard.web.Form;
import org.saferboard.web.FormField;
import org.saferboard.web.FormPages;
import org.saferboard.web.PageAccess;
import org.saferboard.web.PageNotFound;
import org.saferboard.web.QueryStrings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action log, an action's page with its whole history, and the forms for every action command. After a
 * change the browser is sent to the action's page (POST-redirect-GET), which waits for the read models to hold
 * the change before it answers, so the person sees what they did.
 */
@Controller
class ActionPages {

    static final int PAGE_SIZE = 25;
    static final int HISTORY_PAGE_SIZE = 50;
    private static final String READ_ACTIONS = "/api/actions";
    private static final CommandForm RAISE = new CommandForm(null, "Raise an action", "Raise the action", "/actions/new",
            "/actions", List.of(
            FormField.text("title", "Title", "What is to be done"),
            FormField.textarea("description", "Description (optional)", null),
            FormField.text("ownerName", "Owner", "The person who will do it"),
            FormField.text("owningAgency", "Owner's agency", "For example, Leicestershire Police"),
            FormField.date("dueDate", "Due date", null),
            FormField.radios("sourceKind", "Where it was agreed", null, List.of(
                    new FormField.Option(SourceKind.AD_HOC.name(), "Outside a meeting"),
                    new FormField.Option(SourceKind.MEETING_MINUTE.name(), "At a board meeting"))),
            FormField.text("sourceReference", "Meeting and minute (for an action agreed at a meeting)",
                    "For example, LSCSB 20 September 2019, minute 28")));

    private final QueryGateway queries;
    private final FormPages forms;
    private final PageAccess access;
    private final ReadAfterWaiter readAfterWaiter;
    private final AuditTrailProjection auditTrail;
    private final Map<String, ToLongFunction<String>> followed;

    private final AsAtChoice asAtChoice;
    private final ActionsAsAt actionsAsAt;

    ActionPages(QueryGateway queries, FormPages forms, PageAccess access, ReadAfterWaiter readAfterWaiter,
                ActionLogProjection actionLog, AuditTrailProjection auditTrail, AsAtChoice asAtChoice, ActionsAsAt actionsAsAt) {
        this.asAtChoice = asAtChoice;
        this.actionsAsAt = actionsAsAt;
        this.queries = queries;
        this.forms = forms;
        this.access = access;
        this.readAfterWaiter = readAfterWaiter;
        this.auditTrail = auditTrail;
        // the action's page shows the action log's record and the audit trail's history: it waits for both
        this.followed = Map.of("Action", actionId -> Math.min(actionLog.versionOf(actionId), auditTrail.versionOf(actionId)));
    }

    /** The filters of the action log, as the page's form sends them; each empty one matches everything. */
    record Filters(ActionStatus status, String owner, String agency, SourceKind source, String review, String meeting,
                   Boolean overdue, String sort, String asAtDate, String asAtTime) {

        FindActions query(int page) {
            return new FindActions(status, blankToNull(owner), blankToNull(agency), source, blankToNull(review),
                    blankToNull(meeting), Boolean.TRUE.equals(overdue) ? Boolean.TRUE : null,
                    "-dueDate".equals(sort) ? FindActions.DueDateOrder.LATEST_FIRST : FindActions.DueDateOrder.EARLIEST_FIRST,
                    page, PAGE_SIZE);
        }

        /** The filters as a query string, for the CSV download. */
        String queryString() {
            return QueryStrings.of(parameters());
        }

        /** The filters and the instant the log is shown at, for the pagination links. */
        String queryString(AsAtChoice.Chosen asAt) {
            Map<String, Object> parameters = parameters();
            parameters.putAll(asAt.parameters());
            return QueryStrings.of(parameters);
        }

        private Map<String, Object> parameters() {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("status", status);
            parameters.put("owner", owner);
            parameters.put("agency", agency);
            parameters.put("source", source);
            parameters.put("review", review);
            parameters.put("meeting", meeting);
            parameters.put("overdue", Boolean.TRUE.equals(overdue) ? "true" : null);
            parameters.put("sort", "-dueDate".equals(sort) ? sort : null);
            return parameters;
        }
    }

    @GetMapping("/actions")
    String actionLog(@ModelAttribute("filters") Filters filters, @RequestParam(defaultValue = "0") int page,
                     HttpServletRequest request, Model model) {
        access.require(request, "GET", READ_ACTIONS);
        int shownPage = Math.max(0, Math.min(page, 10_000));
        AsAtChoice.Chosen asAt = asAtChoice.shown(filters.asAtDate(), filters.asAtTime(), model);
        ActionLogPage actions = asAt.chosen()
                ? actionsAsAt.actions(filters.query(shownPage), asAt.asAt().position(), asAt.asAt().businessDate())
                : queries.query(filters.query(shownPage), ActionLogPage.class).join();
        model.addAttribute("pageQuery", filters.queryString(asAt));
        model.addAttribute("actions", actions);
        model.addAttribute("pages", (actions.totalActions() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("filterQuery", filters.queryString());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("sources", SourceKind.values());
        model.addAttribute("mayRaise", !asAt.chosen() && access.may("POST", READ_ACTIONS));
        // htmx asks for the results only when a filter changes; without JavaScript the whole page comes back
        return "true".equals(request.getHeader("HX-Request")) ? "actions/log :: results" : "actions/log";
    }

    @GetMapping("/actions/{actionId}")
    CompletableFuture<String> action(@PathVariable String actionId, @RequestParam(defaultValue = "-1") int historyPage,
                                     @RequestParam(required = false) String asAtDate, @RequestParam(required = false) String asAtTime,
                                     HttpServletRequest request, Model model) {
        access.require(request, "GET", READ_ACTIONS + "/" + actionId);
        AsAtChoice.Chosen asAt = asAtChoice.shown(asAtDate, asAtTime, model);
        if (asAt.chosen()) {
            return CompletableFuture.completedFuture(actionAsAt(actionId, historyPage, asAt, model));
        }
        // the read may finish on another thread, which knows nothing of the request's signed-in user
        SignedInUser user = access.user();
        return readAfterWaiter.read(FormPages.readAfter(model), followed, () -> {
            ActionDetails action = find(actionId);
            AuditTrailPage history = auditTrail.findOrNewest(
                    new AuditTrailProjection.Criteria("Action", actionId, null, null, null, null), historyPage, HISTORY_PAGE_SIZE);
            model.addAttribute("action", action);
            model.addAttribute("history", history);
            model.addAttribute("historyPages", Math.max(1, (history.totalEntries() + HISTORY_PAGE_SIZE - 1) / HISTORY_PAGE_SIZE));
            model.addAttribute("changes", offeredChanges(user, action));
            return "actions/action";
        });
    }

    /** The action as it stood at the instant asked for, with its history up to then; nothing can be changed from it. */
    private String actionAsAt(String actionId, int historyPage, AsAtChoice.Chosen asAt, Model model) {
        ActionDetails action = actionsAsAt.action(actionId, asAt.asAt().position(), asAt.asAt().businessDate())
                .orElseThrow(() -> new PageNotFound("There was no action " + actionId + " at that date and time."));
        AuditTrailPage history = auditTrail.findOrNewest(new AuditTrailProjection.Criteria("Action", actionId, null, null, null,
                asAt.asAt().instant().plusMillis(1)), historyPage, HISTORY_PAGE_SIZE);
        model.addAttribute("action", action);
        model.addAttribute("history", history);
        model.addAttribute("historyPages", Math.max(1, (history.totalEntries() + HISTORY_PAGE_SIZE - 1) / HISTORY_PAGE_SIZE));
        model.addAttribute("changes", List.of());
        return "actions/action";
    }

    @GetMapping("/actions/new")
    String raiseForm(HttpServletRequest request, Model model) {
        access.require(request, "POST", READ_ACTIONS);
        return forms.show(model, RAISE, Form.empty(RAISE.labels()).withValue("sourceKind", SourceKind.AD_HOC.name())
                .withValue("newId", UUID.randomUUID().toString()));
    }

    @PostMapping("/actions/new")
    String raise(@RequestParam Map<String, String> fields, HttpServletRequest request, Model model,
                 RedirectAttributes redirect) {
        access.require(request, "POST", READ_ACTIONS);
        Form form = new Form(fields, RAISE.labels());
        // the id comes with the form, so that sending it twice (a double click, a retry) raises one action
        String actionId = Optional.ofNullable(form.text("newId")).orElseGet(() -> UUID.randomUUID().toString());
        SourceKind sourceKind = form.choice("sourceKind", SourceKind.class);
        RaiseAction raise = new RaiseAction(actionId, form.text("title"), form.text("description"), form.text("ownerName"),
                form.text("owningAgency"), form.date("dueDate"), sourceKind == null ? null
                : new ActionSource(sourceKind, sourceKind == SourceKind.MEETING_MINUTE ? form.text("sourceReference") : null));
        return forms.submit(model, redirect, RAISE, form, raise, actionId, Map.of("source.kind", "sourceKind",
                        "source.reference", "sourceReference", "source", "sourceKind", "actionId", "title"),
                FormPages.newVersionOf(actionId), "Action raised", "/actions/" + actionId);
    }

    @GetMapping("/actions/{actionId}/{change}")
    String changeForm(@PathVariable String actionId, @PathVariable String change, HttpServletRequest request, Model model) {
        ActionChange shown = change(change);
        access.require(request, "POST", shown.apiPath(actionId));
        ActionDetails action = find(actionId);
        CommandForm page = shown.page(action);
        Form form = page.blankAt(action.version());
        if (shown == ActionChange.REASSIGN) {
            form.withValue("ownerName", action.ownerName()).withValue("owningAgency", action.owningAgency());
        } else if (shown == ActionChange.WORDING) {
            form.withValue("title", action.title());
        }
        return forms.show(model, page, form);
    }

    @PostMapping("/actions/{actionId}/{change}")
    String change(@PathVariable String actionId, @PathVariable String change, @RequestParam Map<String, String> fields,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        ActionChange sent = change(change);
        access.require(request, "POST", sent.apiPath(actionId));
        CommandForm page = sent.page(find(actionId));
        Form form = new Form(fields, page.labels());
        return forms.submit(model, redirect, page, form, sent.command(actionId, form, form.expectedVersion()), actionId, Map.of(),
                FormPages.newVersionOf(actionId), sent.heading() + ": done", "/actions/" + actionId);
    }

    /**
     * The changes this person is offered on this action: those their role may make, for its state; acting as an
     * officer, only on an action of their own or their agency's (the aggregate's rule, {@link ActingUser#owns}).
     */
    private List<ActionChange> offeredChanges(SignedInUser user, ActionDetails action) {
        boolean open = action.status() == ActionStatus.OPEN;
        boolean owns = new ActingUser(user.username(), user.displayName(), user.agency(), Role.OFFICER.name())
                .owns(action.ownerName(), action.owningAgency());
        return Arrays.stream(ActionChange.values())
                .filter(change -> change.appliesTo(open))
                .filter(change -> PageAccess.roleUsed(user, "POST", change.apiPath(action.actionId()))
                        .filter(role -> role != Role.OFFICER || owns).isPresent())
                .toList();
    }

    private ActionDetails find(String actionId) {
        return queries.query(new FindAction(actionId), ResponseTypes.optionalInstanceOf(ActionDetails.class)).join()
                .orElseThrow(() -> new PageNotFound("There is no action " + actionId + "."));
    }

    private static ActionChange change(String path) {
        return ActionChange.atPath(path).orElseThrow(() -> new PageNotFound("There is no page at this address."));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
