package org.saferboard.web.dhr;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.BusinessYear;
import org.saferboard.api.dhr.commands.OpenDHRFund;
import org.saferboard.api.dhr.queries.FindAllocations;
import org.saferboard.api.dhr.queries.FindContributionLedger;
import org.saferboard.api.dhr.queries.FindDHRFundLedger;
import org.saferboard.api.dhr.queries.FindPartnerStatement;
import org.saferboard.api.dhr.views.AllocationList;
import org.saferboard.api.dhr.views.ContributionLedger;
import org.saferboard.api.dhr.views.DHRFundLedger;
import org.saferboard.api.dhr.views.PartnerStatement;
import org.saferboard.infrastructure.security.SignedInUser;
import org.saferboard.query.ReadAfterWaiter;
import org.saferboard.query.dhr.DHRAsAt;
import org.saferboard.query.dhr.DHRFundLedgerProjection;
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

/**
 * The DHR fund: its ledger with a chart of the balance held, committed and available over time, the
 * contributions ledger of each year, each partner's statement, the allocations with their spending, CSV
 * downloads of each, and finance's forms. Each page can be shown as it stood at a past instant (the "as at"
 * picker), made from the events recorded up to then; CSV downloads are of the fund as it is now.
 */
@Controller
class FundPages {

    private static final String FUNDS = "/api/dhr-funds";
    private static final CommandForm OPEN = new CommandForm(null, "Open a DHR fund", "Open the fund", "/fund/new", "/fund", List.of(
            FormField.text("name", "Name", "For example, Leicester, Leicestershire and Rutland DHR fund"),
            FormField.date("openedOn", "Opened on", null),
            FormField.money("openingBalance", "Opening balance", "What the fund holds when SaferBoard starts keeping it, for example 0.00")));

    private final QueryGateway queries;
    private final FormPages forms;
    private final PageAccess access;
    private final ReadAfterWaiter readAfterWaiter;
    private final DHRFundLedgerProjection fundLedger;
    private final Clock clock;
    private final AsAtChoice asAtChoice;
    private final DHRAsAt dhrAsAt;
    private final Map<String, ToLongFunction<String>> followed;

    FundPages(QueryGateway queries, FormPages forms, PageAccess access, ReadAfterWaiter readAfterWaiter,
              DHRFundLedgerProjection fundLedger, Clock clock, AsAtChoice asAtChoice, DHRAsAt dhrAsAt) {
        this.asAtChoice = asAtChoice;
        this.dhrAsAt = dhrAsAt;
        this.queries = queries;
        this.forms = forms;
        this.access = access;
        this.readAfterWaiter = readAfterWaiter;
        this.fundLedger = fundLedger;
        this.clock = clock;
        this.followed = Map.of("DHRFund", fundLedger::versionOf);
    }

    @GetMapping("/fund")
    String funds(HttpServletRequest request, Model model) {
        access.require(request, "GET", FUNDS + "/any/ledger");
        List<String> ids = fundLedger.fundIds();
        if (ids.size() == 1) {
            return "redirect:/fund/" + ids.get(0);
        }
        model.addAttribute("funds", ids.stream().map(id -> ledger(id, null)).toList());
        model.addAttribute("mayOpen", access.may("POST", FUNDS));
        return "fund/list";
    }

    @GetMapping("/fund/new")
    String openForm(HttpServletRequest request, Model model) {
        access.require(request, "POST", FUNDS);
        return forms.show(model, OPEN, Form.empty(OPEN.labels()).withValue("newId", UUID.randomUUID().toString())
                .withValue("openingBalance", "0.00"));
    }

    @PostMapping("/fund/new")
    String open(@RequestParam Map<String, String> fields, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        access.require(request, "POST", FUNDS);
        Form form = new Form(fields, OPEN.labels());
        String fundId = Optional.ofNullable(form.text("newId")).orElseGet(() -> UUID.randomUUID().toString());
        Long opening = form.pence("openingBalance");
        return forms.submit(model, redirect, OPEN, form, new OpenDHRFund(fundId, form.text("name"), form.date("openedOn"),
                        opening == null ? 0 : opening), fundId, Map.of("openingBalancePence", "openingBalance", "fundId", "name"),
                FormPages.newVersionOf(fundId), "Fund opened", "/fund/" + fundId);
    }

    @GetMapping("/fund/{fundId}")
    CompletableFuture<String> fund(@PathVariable String fundId, @RequestParam(required = false) String year,
                                   @RequestParam(required = false) String asAtDate, @RequestParam(required = false) String asAtTime,
                                   HttpServletRequest request, Model model) {
        access.require(request, "GET", FUNDS + "/" + fundId + "/ledger");
        SignedInUser user = access.user();
        String shownYear = year == null || year.isBlank() ? null : year.strip();
        model.addAttribute("mayReadAllocations", PageAccess.may(user, "GET", FUNDS + "/" + fundId + "/allocations"));
        AsAtChoice.Chosen asAt = asAtChoice.shown(asAtDate, asAtTime, model);
        if (asAt.chosen()) {
            // the fund as it stood then; nothing can be recorded from it
            showLedger(dhrAsAt.ledger(fundId, shownYear, asAt.asAt().position()).orElseThrow(() -> notThen(fundId)), List.of(), model);
            return CompletableFuture.completedFuture("fund/ledger");
        }
        return readAfterWaiter.read(FormPages.readAfter(model), followed, () -> {
            showLedger(ledger(fundId, shownYear), Arrays.stream(FundChange.values())
                    .filter(change -> PageAccess.may(user, change.apiMethod(), change.apiPath(fundId))).toList(), model);
            return "fund/ledger";
        });
    }

    private void showLedger(DHRFundLedger ledger, List<FundChange> changes, Model model) {
        model.addAttribute("ledger", ledger);
        model.addAttribute("chart", BalanceChart.of(ledger));
        model.addAttribute("years", ledger.movements().stream().map(DHRFundLedger.Movement::financialYear).distinct().toList());
        model.addAttribute("thisYear", BusinessYear.FINANCIAL.containing(BusinessCalendar.today(clock)));
        model.addAttribute("partners", ledger.movements().stream().map(DHRFundLedger.Movement::partner)
                .filter(partner -> partner != null).distinct().sorted().toList());
        model.addAttribute("changes", changes);
    }

    /** The year picker of the ledger's page (a plain GET form) leads to the year's contributions. */
    @GetMapping("/fund/{fundId}/contributions")
    String contributionsOfYear(@PathVariable String fundId, @RequestParam String year, @RequestParam(required = false) String asAtDate,
                               @RequestParam(required = false) String asAtTime, HttpServletRequest request) {
        access.require(request, "GET", FUNDS + "/" + fundId + "/contributions/" + year);
        if (!BusinessYear.isLabel(year.strip())) {
            throw new PageNotFound("'" + year + "' is not a financial year: write it like 2015-16.");
        }
        String asAtQuery = asAtChoice.from(asAtDate, asAtTime).query();
        return "redirect:/fund/" + fundId + "/contributions/" + year.strip() + (asAtQuery.isEmpty() ? "" : "?" + asAtQuery);
    }

    @GetMapping("/fund/{fundId}/contributions/{year}")
    String contributions(@PathVariable String fundId, @PathVariable String year, @RequestParam(required = false) String asAtDate,
                         @RequestParam(required = false) String asAtTime, HttpServletRequest request, Model model) {
        access.require(request, "GET", FUNDS + "/" + fundId + "/contributions/" + year);
        AsAtChoice.Chosen asAt = asAtChoice.shown(asAtDate, asAtTime, model);
        Optional<ContributionLedger> contributions = asAt.chosen()
                ? dhrAsAt.contributions(fundId, year, asAt.asAt().position())
                : queries.query(new FindContributionLedger(fundId, year), ResponseTypes.optionalInstanceOf(ContributionLedger.class)).join();
        model.addAttribute("contributions", contributions.orElseThrow(() -> new PageNotFound("The fund " + fundId
                + (asAt.chosen() ? " had" : " has") + " no contributions agreed for " + year + (asAt.chosen() ? " at that date and time." : "."))));
        return "fund/contributions";
    }

    @GetMapping("/fund/{fundId}/partner")
    String partner(@PathVariable String fundId, @RequestParam String name, @RequestParam(required = false) String asAtDate,
                   @RequestParam(required = false) String asAtTime, HttpServletRequest request, Model model) {
        access.require(request, "GET", FUNDS + "/" + fundId + "/partner-statement");
        AsAtChoice.Chosen asAt = asAtChoice.shown(asAtDate, asAtTime, model);
        Optional<PartnerStatement> statement = asAt.chosen()
                ? dhrAsAt.partnerStatement(fundId, name, asAt.asAt().position())
                : queries.query(new FindPartnerStatement(fundId, name), ResponseTypes.optionalInstanceOf(PartnerStatement.class)).join();
        model.addAttribute("statement", statement.orElseThrow(() -> new PageNotFound("The fund " + fundId
                + (asAt.chosen() ? " had" : " has") + " nothing from " + name + (asAt.chosen() ? " at that date and time." : "."))));
        return "fund/partner";
    }

    @GetMapping("/fund/{fundId}/allocations")
    String allocations(@PathVariable String fundId, @RequestParam(required = false) String asAtDate,
                       @RequestParam(required = false) String asAtTime, HttpServletRequest request, Model model) {
        access.require(request, "GET", FUNDS + "/" + fundId + "/allocations");
        AsAtChoice.Chosen asAt = asAtChoice.shown(asAtDate, asAtTime, model);
        model.addAttribute("allocations", asAt.chosen()
                ? dhrAsAt.allocations(fundId, asAt.asAt().position()).orElseThrow(() -> notThen(fundId))
                : allocationsOf(fundId).orElseThrow(() -> notFound(fundId)));
        return "fund/allocations";
    }

    @GetMapping("/fund/{fundId}/{change}")
    String changeForm(@PathVariable String fundId, @PathVariable String change, HttpServletRequest request, Model model) {
        FundChange shown = change(change);
        access.require(request, shown.apiMethod(), shown.apiPath(fundId));
        CommandForm page = shown.page(fundId, ledger(fundId, null).name(), () -> allocationsOf(fundId).orElse(null));
        Form form = page.blankAt(fundLedger.versionOf(fundId));
        if (shown.makesNew()) {
            form.withValue("newId", UUID.randomUUID().toString());
        }
        return forms.show(model, page, form);
    }

    @PostMapping("/fund/{fundId}/{change}")
    String change(@PathVariable String fundId, @PathVariable String change, @RequestParam Map<String, String> fields,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        FundChange sent = change(change);
        access.require(request, sent.apiMethod(), sent.apiPath(fundId));
        CommandForm page = sent.page(fundId, ledger(fundId, null).name(), () -> allocationsOf(fundId).orElse(null));
        Form form = new Form(fields, page.labels());
        return forms.submit(model, redirect, page, form, sent.command(fundId, form), fundId,
                Map.of("amountPence", "amount", "totalPence", "total", "drawdownId", "reason", "receiptId", "partner",
                        "expenditureId", "description"),
                FormPages.newVersionOf(fundId), sent.heading() + ": done", "/fund/" + fundId);
    }

    private DHRFundLedger ledger(String fundId, String year) {
        return queries.query(new FindDHRFundLedger(fundId, year), ResponseTypes.optionalInstanceOf(DHRFundLedger.class)).join()
                .orElseThrow(() -> notFound(fundId));
    }

    private Optional<AllocationList> allocationsOf(String fundId) {
        return queries.query(new FindAllocations(fundId), ResponseTypes.optionalInstanceOf(AllocationList.class)).join();
    }

    private static FundChange change(String path) {
        return FundChange.atPath(path).orElseThrow(() -> new PageNotFound("There is no page at this address."));
    }

    private static PageNotFound notFound(String fundId) {
        return new PageNotFound("There is no DHR fund " + fundId + ".");
    }

    private static PageNotFound notThen(String fundId) {
        return new PageNotFound("There was no DHR fund " + fundId + " at that date and time.");
    }
}
