package org.saferboard.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saferboard.api.CaseKinds;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.query.audit.AuditEntry;
import org.saferboard.query.audit.AuditTrailPage;
import org.saferboard.query.audit.AuditTrailProjection;
import org.saferboard.web.Form;
import org.saferboard.web.FormField;
import org.saferboard.web.PageAccess;
import org.saferboard.web.QueryStrings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for auditors and administrators: every recorded change, when, who (and the role they acted
 * under), what in plain words and why, filtered by kind of case, case, person, kind of change and dates, with
 * a link to each case's page and a CSV of what the filters match.
 */
@Controller
class AuditPages {

    static final int PAGE_SIZE = 50;
    private static final List<String> KINDS = List.of("Action", "Meeting", "Review", "DHRFund", "MinuteBook", "CaseReference",
            "Outcome");
    private static final Map<String, String> LABELS = Map.of("caseKind", "Kind of case", "caseId", "Case id", "person", "Username",
            "change", "Kind of change", "from", "From", "to", "To");
    private static final List<FormField> DATE_FIELDS = List.of(FormField.date("from", "From", "A date, for example 17 9 2015"),
            FormField.date("to", "To", null));
    private static final Map<String, String> CASE_PAGES = Map.of("Action", "/actions/", "Meeting", "/meetings/",
            "Review", "/reviews/", "DHRFund", "/fund/", "Outcome", "/performance/outcomes/");

    /** An entry as the page shows it, with the page of its case where there is one. */
    public record Shown(AuditEntry entry, String caseHref, String caseKindName) {
    }

    private final AuditTrailProjection auditTrail;
    private final PageAccess access;

    AuditPages(AuditTrailProjection auditTrail, PageAccess access) {
        this.auditTrail = auditTrail;
        this.access = access;
    }

    @GetMapping("/audit")
    String auditTrail(@RequestParam Map<String, String> filters, @RequestParam(defaultValue = "-1") int page,
                      HttpServletRequest request, Model model) {
        access.require(request, "GET", "/api/audit-trail");
        Form form = new Form(filters, LABELS);
        String caseKind = form.text("caseKind") != null && KINDS.contains(form.text("caseKind")) ? form.text("caseKind") : null;
        LocalDate from = form.date("from");
        LocalDate to = form.date("to");
        AuditTrailPage shown = new AuditTrailPage(List.of(), 0, PAGE_SIZE, 0);
        if (!form.hasErrors()) {
            try {
                AuditTrailProjection.Criteria criteria = AuditTrailProjection.Criteria.between(caseKind, shortened(form.text("caseId"), 128),
                        shortened(form.text("person"), 64), shortened(form.text("change"), 100), from, to);
                // the newest changes first come to mind: without a page asked for, the last one is shown
                shown = auditTrail.findOrNewest(criteria, page, PAGE_SIZE);
            } catch (InvalidFieldException invalid) {
                form.rejectRule(invalid.field(), invalid.getMessage());
            }
        }
        String apiQuery = query(caseKind, form, from, to);
        model.addAttribute("form", form);
        model.addAttribute("dateFields", DATE_FIELDS);
        model.addAttribute("kinds", KINDS.stream().map(kind -> new FormField.Option(kind, CaseKinds.name(kind))).toList());
        model.addAttribute("entries", shown.entries().stream().map(entry -> new Shown(entry,
                CASE_PAGES.containsKey(entry.caseKind()) ? CASE_PAGES.get(entry.caseKind()) + entry.caseId() : null,
                CaseKinds.name(entry.caseKind()))).toList());
        model.addAttribute("trail", shown);
        model.addAttribute("pages", Math.max(1, (shown.totalEntries() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("apiQuery", apiQuery);
        model.addAttribute("pageQuery", pageQuery(filters));
        return "audit/trail";
    }

    /** The filters as the page's form sent them, for the links to other pages of the trail ("" or ending in &). */
    private static String pageQuery(Map<String, String> filters) {
        Map<String, String> kept = new LinkedHashMap<>(filters);
        kept.remove("page");
        kept.keySet().removeIf(name -> name.length() > 20);
        String query = QueryStrings.of(kept);
        return query.isEmpty() ? "" : query + "&";
    }

    /** The filters as the API's CSV takes them. */
    private static String query(String caseKind, Form form, LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("caseKind", caseKind);
        for (String field : List.of("caseId", "person", "change")) {
            parameters.put(field, form.text(field));
        }
        parameters.put("from", from);
        parameters.put("to", to);
        return QueryStrings.of(parameters);
    }

    private static String shortened(String text, int most) {
        return text == null || text.length() <= most ? text : text.substring(0, most);
    }
}
