package org.saferboard.query.web;

import static org.saferboard.query.ReadAfterWaiter.READ_AFTER_DESCRIPTION;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.saferboard.api.BusinessYear;
import org.saferboard.api.dhr.queries.FindAllocations;
import org.saferboard.api.dhr.queries.FindContributionLedger;
import org.saferboard.api.dhr.queries.FindDHRFundLedger;
import org.saferboard.api.dhr.queries.FindPartnerStatement;
import org.saferboard.api.dhr.views.AllocationList;
import org.saferboard.api.dhr.views.ContributionLedger;
import org.saferboard.api.dhr.views.DHRFundLedger;
import org.saferboard.api.dhr.views.PartnerStatement;
import org.saferboard.query.AsAt;
import org.saferboard.query.ReadAfterWaiter;
import org.saferboard.query.dhr.DHRAsAt;
import org.saferboard.query.dhr.DHRFundLedgerProjection;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API for the DHR fund: the contribution ledger, the fund ledger, allocations and partner
 * statements, each also as CSV. A partner is named by a query parameter, not in the path: partner
 * names hold characters a path cannot carry safely ("Police/OPCC").
 */
@RestController
@RequestMapping(path = "/api/dhr-funds/{fundId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "DHR fund (read)")
class DHRFundQueryController {

    private static final String YEAR = "a financial year, e.g. 2015-16";
    private static final String PARTNER = "the partner's name as agreed, e.g. Leicestershire Police";

    private final QueryGateway queries;
    private final ReadAfterWaiter readAfterWaiter;
    private final Map<String, ToLongFunction<String>> followed;

    private final DHRAsAt dhrAsAt;
    private final AsAtInstants instants;

    DHRFundQueryController(QueryGateway queries, ReadAfterWaiter readAfterWaiter, DHRFundLedgerProjection fundLedger, DHRAsAt dhrAsAt,
                           AsAtInstants instants) {
        this.dhrAsAt = dhrAsAt;
        this.instants = instants;
        this.queries = queries;
        this.readAfterWaiter = readAfterWaiter;
        this.followed = Map.of("DHRFund", fundLedger::versionOf);
    }

    @GetMapping("/contributions/{financialYear}")
    @Operation(summary = "The contribution ledger of a financial year: per partner agreed, drawn down, received, outstanding",
            description = "Outstanding is called in and not yet paid; the totals are the sums of the partners' lines.")
    CompletableFuture<ContributionLedger> contributions(@PathVariable String fundId,
                                                        @Parameter(description = YEAR) @PathVariable String financialYear,
                                                        @Parameter(description = READ_AFTER_DESCRIPTION)
                                                        @RequestParam(required = false) String readAfter) {
        BusinessYear.requireLabel(financialYear, "financialYear");
        return readAfterWaiter.read(readAfter, followed, () -> contributionLedger(fundId, financialYear));
    }

    @GetMapping(value = "/contributions/{financialYear}.csv", produces = "text/csv")
    @Operation(summary = "The contribution ledger of a financial year as CSV")
    ResponseEntity<String> contributionsCsv(@PathVariable String fundId, @PathVariable String financialYear) {
        BusinessYear.requireLabel(financialYear, "financialYear");
        return Downloads.csv(fundId + "-contributions-" + financialYear, DHRDocuments.csv(contributionLedger(fundId, financialYear)));
    }

    @GetMapping("/ledger")
    @Operation(summary = "The fund ledger: every movement in date order with the balances after it",
            description = "Balance is money held (brought in and received, less spent); committed is allocated and not yet "
                    + "spent or released; available is what can still be allocated. With year, one financial year and the "
                    + "balances brought forward into it.")
    CompletableFuture<DHRFundLedger> ledger(@PathVariable String fundId,
                                         @Parameter(description = YEAR) @RequestParam(required = false) String year,
                                         @Parameter(description = READ_AFTER_DESCRIPTION)
                                         @RequestParam(required = false) String readAfter) {
        requireYear(year);
        return readAfterWaiter.read(readAfter, followed, () -> fundLedger(fundId, year));
    }

    @GetMapping(value = "/ledger.csv", produces = "text/csv")
    @Operation(summary = "The fund ledger as CSV")
    ResponseEntity<String> ledgerCsv(@PathVariable String fundId, @RequestParam(required = false) String year) {
        requireYear(year);
        return Downloads.csv(fundId + "-ledger" + (year == null ? "" : "-" + year), DHRDocuments.csv(fundLedger(fundId, year)));
    }

    @GetMapping("/allocations")
    @Operation(summary = "The fund's allocations with what was spent, released and what remains")
    CompletableFuture<AllocationList> allocations(@PathVariable String fundId,
                                                  @Parameter(description = READ_AFTER_DESCRIPTION)
                                                  @RequestParam(required = false) String readAfter) {
        return readAfterWaiter.read(readAfter, followed, () -> allocationList(fundId));
    }

    @GetMapping(value = "/allocations.csv", produces = "text/csv")
    @Operation(summary = "The fund's allocations as CSV")
    ResponseEntity<String> allocationsCsv(@PathVariable String fundId) {
        return Downloads.csv(fundId + "-allocations", DHRDocuments.csv(allocationList(fundId)));
    }

    @GetMapping("/partner-statement")
    @Operation(summary = "A contributing partner's statement: agreed, called in and paid, year by year and entry by entry")
    CompletableFuture<PartnerStatement> statement(@PathVariable String fundId,
                                                  @Parameter(description = PARTNER, example = "Leicestershire Police")
                                                  @RequestParam @Size(min = 1, max = 500) String partner,
                                                  @Parameter(description = READ_AFTER_DESCRIPTION)
                                                  @RequestParam(required = false) String readAfter) {
        return readAfterWaiter.read(readAfter, followed, () -> partnerStatement(fundId, partner));
    }

    @GetMapping(value = "/partner-statement.csv", produces = "text/csv")
    @Operation(summary = "A contributing partner's statement as CSV")
    ResponseEntity<String> statementCsv(@PathVariable String fundId,
                                        @Parameter(description = PARTNER) @RequestParam @Size(min = 1, max = 500) String partner) {
        return Downloads.csv(fundId + "-statement-" + partner, DHRDocuments.csv(partnerStatement(fundId, partner)));
    }

    @GetMapping(value = "/contributions/{financialYear}", params = AsAt.PARAMETER)
    @Operation(summary = "The contribution ledger of a financial year as it stood at an instant")
    AsAt.Answer<ContributionLedger> contributionsAsAt(@PathVariable String fundId,
                                                      @Parameter(description = YEAR) @PathVariable String financialYear,
                                                      @Parameter(description = AsAt.DESCRIPTION) @RequestParam(AsAt.PARAMETER) String asAtText) {
        BusinessYear.requireLabel(financialYear, "financialYear");
        AsAt at = instants.resolve(asAtText);
        return AsAt.Answer.of(at, dhrAsAt.contributions(fundId, financialYear, at.position())
                .orElseThrow(() -> new NotInReadModel("contribution-ledger", fundId, "Fund " + fundId + " had no contributions agreed for "
                        + financialYear + " at " + at.instant() + ".")));
    }

    @GetMapping(value = "/ledger", params = AsAt.PARAMETER)
    @Operation(summary = "The fund ledger as it stood at an instant")
    AsAt.Answer<DHRFundLedger> ledgerAsAt(@PathVariable String fundId,
                                          @Parameter(description = YEAR) @RequestParam(required = false) String year,
                                          @Parameter(description = AsAt.DESCRIPTION) @RequestParam(AsAt.PARAMETER) String asAtText) {
        requireYear(year);
        AsAt at = instants.resolve(asAtText);
        return AsAt.Answer.of(at, dhrAsAt.ledger(fundId, year, at.position()).orElseThrow(() -> instants.notThen("fund", fundId, at)));
    }

    @GetMapping(value = "/allocations", params = AsAt.PARAMETER)
    @Operation(summary = "The fund's allocations as they stood at an instant")
    AsAt.Answer<AllocationList> allocationsAsAt(@PathVariable String fundId,
                                                @Parameter(description = AsAt.DESCRIPTION) @RequestParam(AsAt.PARAMETER) String asAtText) {
        AsAt at = instants.resolve(asAtText);
        return AsAt.Answer.of(at, dhrAsAt.allocations(fundId, at.position()).orElseThrow(() -> instants.notThen("fund", fundId, at)));
    }

    @GetMapping(value = "/partner-statement", params = AsAt.PARAMETER)
    @Operation(summary = "A contributing partner's statement as it stood at an instant")
    AsAt.Answer<PartnerStatement> statementAsAt(@PathVariable String fundId,
                                                @Parameter(description = PARTNER) @RequestParam @Size(min = 1, max = 500) String partner,
                                                @Parameter(description = AsAt.DESCRIPTION) @RequestParam(AsAt.PARAMETER) String asAtText) {
        AsAt at = instants.resolve(asAtText);
        return AsAt.Answer.of(at, dhrAsAt.partnerStatement(fundId, partner, at.position())
                .orElseThrow(() -> new NotInReadModel("partner", partner, "Fund " + fundId + " had no contributions of " + partner
                        + " at " + at.instant() + ".")));
    }

    private ContributionLedger contributionLedger(String fundId, String financialYear) {
        return queries.query(new FindContributionLedger(fundId, financialYear),
                        ResponseTypes.optionalInstanceOf(ContributionLedger.class)).join()
                .orElseThrow(() -> new NotInReadModel("contribution-ledger", fundId, "Fund " + fundId
                        + " has no contributions agreed for " + financialYear + "."));
    }

    private DHRFundLedger fundLedger(String fundId, String year) {
        return queries.query(new FindDHRFundLedger(fundId, year), ResponseTypes.optionalInstanceOf(DHRFundLedger.class)).join()
                .orElseThrow(() -> new NotInReadModel("fund", fundId));
    }

    private AllocationList allocationList(String fundId) {
        return queries.query(new FindAllocations(fundId), ResponseTypes.optionalInstanceOf(AllocationList.class)).join()
                .orElseThrow(() -> new NotInReadModel("fund", fundId));
    }

    private PartnerStatement partnerStatement(String fundId, String partner) {
        return queries.query(new FindPartnerStatement(fundId, partner), ResponseTypes.optionalInstanceOf(PartnerStatement.class))
                .join()
                .orElseThrow(() -> new NotInReadModel("partner", partner, "Fund " + fundId + " has no contributions of "
                        + partner + "."));
    }

    private static void requireYear(String year) {
        if (year != null) {
            BusinessYear.requireLabel(year, "year");
        }
    }
}
