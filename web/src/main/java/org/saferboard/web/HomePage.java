package org.saferboard.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.saferboard.api.action.ActionRag;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.queries.FindActions;
import org.saferboard.api.action.views.ActionLogPage;
import org.saferboard.api.action.views.ActionSummary;
import org.saferboard.infrastructure.security.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each person's home page: their open actions (owned by them by name, or by their agency), overdue first, with
 * how many are red, amber and green; and links to what their roles reach.
 */
@Controller
class HomePage {

    /** The most actions the home page lists; the action log has the rest. */
    static final int SHOWN = 200;

    private final QueryGateway queries;
    private final PageAccess access;

    HomePage(QueryGateway queries, PageAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/")
    String home(Model model) {
        SignedInUser user = access.user();
        boolean readsActions = access.may("GET", "/api/actions");
        model.addAttribute("readsActions", readsActions);
        if (readsActions) {
            List<ActionSummary> mine = myOpenActions(user);
            Map<String, Long> byRag = new LinkedHashMap<>();
            for (ActionRag rag : ActionRag.values()) {
                byRag.put(rag.name(), mine.stream().filter(action -> action.rag() == rag).count());
            }
            model.addAttribute("myActions", mine.stream().limit(SHOWN).toList());
            model.addAttribute("myActionCount", mine.size());
            model.addAttribute("ragCounts", byRag);
            model.addAttribute("mayRaise", access.may("POST", "/api/actions"));
        }
        return "home";
    }

    /** Owned by the person's name or their agency, each once: overdue first, then by due date. */
    private List<ActionSummary> myOpenActions(SignedInUser user) {
        Map<String, ActionSummary> mine = new LinkedHashMap<>();
        List<FindActions> queriesForMe = new ArrayList<>();
        queriesForMe.add(new FindActions(ActionStatus.OPEN, user.displayName(), null, null, null, null, null,
                FindActions.DueDateOrder.EARLIEST_FIRST, 0, SHOWN));
        if (user.agency() != null && !user.agency().isBlank()) {
            queriesForMe.add(new FindActions(ActionStatus.OPEN, null, user.agency(), null, null, null, null,
                    FindActions.DueDateOrder.EARLIEST_FIRST, 0, SHOWN));
        }
        for (FindActions query : queriesForMe) {
            queries.query(query, ActionLogPage.class).join().actions().forEach(action -> mine.putIfAbsent(action.actionId(), action));
        }
        return mine.values().stream()
                .sorted(Comparator.comparing((ActionSummary action) -> !action.overdue())
                        .thenComparing(ActionSummary::dueDate).thenComparing(ActionSummary::actionId))
                .toList();
    }
}
