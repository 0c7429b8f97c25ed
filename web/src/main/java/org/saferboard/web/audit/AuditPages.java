package org.saferboard.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail for auditors and administrators: every recorded change, when, who (and the role they acted
 * under), what in plain words and why, filtered by kind of case, case, person, kind of change and dates, with
 * a link to each case's page and a CSV of what the filters match.
 */
@Controller
class AuditPages {

    static final int PAGE_SIZE = 50;
    private static final List<String> KINDS = List.of("Action", "Meeting", "Review", "DHRFund", "MinuteBook", "CaseReference");
    private static final Map<String, String> LABELS = Map.of("caseKind", "Kind of case", "caseId", "Case id", "person", "Username",
            "change", "Kind of change", "from", "From", "to", "To");
    private static final List<FormField> DATE_FIELDS = List.of(FormField.date("from", "From", "A date, for example 17 9 2015"),
            FormField.date("to", "To", null));
    private static final Map<String, String> CASE_PAGES = Map.of("Action", "/actions/", "Meeting", "/meetings/",
            "Review", "/reviews/", "DHRFund", "/fund/");

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
        long pages = 1;
        if (!form.hasErrors()) {
            try {
                AuditTrailProjection.Criteria criteria = AuditTrailProjection.Criteria.between(caseKind, shortened(form.text("caseId"), 128),
                        shortened(form.text("person"), 64), shortened(form.text("change"), 100), from, to);
                long total = auditTrail.find(criteria, 0, 1).totalEntries();
                pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
                // the newest changes first come to mind: without a page asked for, the last one is shown
                int shownPage = (int) (page < 0 || page >= pages ? pages - 1 : page);
                shown = auditTrail.find(criteria, shownPage, PAGE_SIZE);
            } catch (InvalidFieldException invalid) {
                form.reject(invalid.field(), LABELS.getOrDefault(invalid.field(), invalid.field()) + " " + invalid.getMessage());
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
        model.addAttribute("pages", pages);
        model.addAttribute("apiQuery", apiQuery);
        model.addAttribute("pageQuery", pageQuery(filters));
        return "audit/trail";
    }

    /** The filters as the page's form sent them, for the links to other pages of the trail. */
    private static String pageQuery(Map<String, String> filters) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        filters.forEach((name, value) -> {
            if (!"page".equals(name) && value != null && !value.isBlank() && name.length() <= 20) {
                query.queryParam(name, value);
            }
        });
        String built = query.encode().build().getQuery();
        return built == null ? "" : built + "&";
    }

    /** The filters as the API's CSV takes them. */
    private static String query(String caseKind, Form form, LocalDate from, LocalDate to) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (caseKind != null) {
            query.queryParam("caseKind", caseKind);
        }
        for (String field : List.of("caseId", "person", "change")) {
            if (form.text(field) != null) {
                query.queryParam(field, form.text(field));
            }
        }
        if (from != null) {
            query.queryParam("from", from);
        }
        if (to != null) {
            query.queryParam("to", to);
        }
        String built = query.encode().build().getQuery();
        return built == null ? "" : built;
    }

    private static String shortened(String text, int most) {
        return text == null || text.length() <= most ? text : text.substring(0, most);
    }
}
