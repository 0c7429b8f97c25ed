package org.saferboard.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saferboard.api.BusinessCalendar;

/**
 * The pages of the standalone jar (started with {@code --demo}, on the embedded default) with
 * {@code -Dpages.actions=10000} actions raised through the API: each page's time to answer over HTTP on
 * the same machine, p50 and p95 of {@code -Dpages.samples=200} requests after 20 to warm up, and the
 * stylesheets and scripts a page loads, in bytes as served.
 */
final class PagesBenchmark {

    private static final List<String> PARTNERS = List.of("Leicestershire County Council", "Leicestershire Police",
            "Rutland County Council", "Blaby District Council", "Charnwood Borough Council");
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js))\"");
    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home (my actions)", "/");
        PAGES.put("action log", "/actions");
        PAGES.put("action log, overdue", "/actions?status=OPEN&overdue=true");
        PAGES.put("action log, one agency, latest first, page 100", "/actions?agency=Leicestershire+County+Council&sort=-dueDate&page=100");
        PAGES.put("an action with its history", "/actions/pages-5000");
        PAGES.put("a change form", "/actions/pages-5000/progress");
        PAGES.put("meetings", "/meetings");
        PAGES.put("a meeting's record", "/meetings/lscsb-2015-09-17");
        PAGES.put("Action Log at a meeting", "/meetings/lscsb-2015-09-17/action-log");
        PAGES.put("resolutions register, searched", "/meetings/resolutions?text=Prevent");
        PAGES.put("reviews", "/reviews");
        PAGES.put("a review's page", "/reviews/bench-review");
        PAGES.put("the DHR fund's ledger", "/fund/bench-fund");
        PAGES.put("the fund's contributions for 2015-16", "/fund/bench-fund/contributions/2015-16");
        PAGES.put("the fund's allocations", "/fund/bench-fund/allocations");
        PAGES.put("the fund's ledger as at today (folded from its events)", "/fund/bench-fund?asAtDate="
                + LocalDate.now(BusinessCalendar.BUSINESS_ZONE));
        PAGES.put("an action as at today (folded from its events)", "/actions/pages-5000?asAtDate=" + LocalDate.now(BusinessCalendar.BUSINESS_ZONE));
        PAGES.put("audit timeline", "/audit");
        PAGES.put("event log (the chain's head)", "/event-log");
        PAGES.put("users", "/admin/users");
    }

    private PagesBenchmark() {
    }

    private static void succeeded(int status) {
        if (status != 200 && status != 201) {
            throw new IllegalStateException("recording the review and the fund was answered HTTP " + status);
        }
    }

    /** A review and a DHR fund with a year's contributions and an allocation, so that their pages have something to show. */
    private static void recordAReviewAndTheFund(ApplicationBenchmark.Load.Http http) throws InterruptedException {
        succeeded(http.post("/api/reviews", """
                {"reviewId":"bench-review","caseReference":"LR-DHR-2015-01","pseudonym":"Mary","dateOfDeath":"2015-06-01",
                 "notifiedOn":"2015-06-10","notifyingAgency":"Leicestershire Police","area":"Charnwood"}"""));
        succeeded(http.post("/api/reviews/bench-review/decision", """
                {"holdReview":true,"rationale":"Meets the statutory criteria","decidedOn":"2015-07-01"}"""));
        succeeded(http.post("/api/dhr-funds", """
                {"fundId":"bench-fund","name":"Leicestershire and Rutland DHR fund","openedOn":"2015-01-28","openingBalance":"5000.00"}"""));
        StringBuilder contributions = new StringBuilder();
        for (int partner = 0; partner < PARTNERS.size(); partner++) {
            contributions.append(partner == 0 ? "" : ",").append("{\"partner\":\"%s\",\"amount\":\"2500.00\"}".formatted(PARTNERS.get(partner)));
        }
        succeeded(http.put("/api/dhr-funds/bench-fund/contributions/2015-16", """
                {"contributions":[%s],"resolutionReference":"LSCSB 28 January 2015, minute 7(c)","agreedOn":"2015-01-28"}"""
                .formatted(contributions)));
        succeeded(http.post("/api/dhr-funds/bench-fund/allocations", """
                {"allocationId":"bench-review-costs","amount":"3000.00","purpose":"LEARNING_EVENT","reviewId":"bench-review",
                 "description":"Learning event of the review","resolutionReference":"LSCSB 18 June 2015, minute 30",
                 "allocatedOn":"2015-06-18"}"""));
        while (http.status("/api/dhr-funds/bench-fund/allocations") != 200 || http.status("/api/reviews/bench-review") != 200) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    static String measure(BenchmarkSettings settings) throws Exception {
        int actions = Integer.getInteger("pages.actions", 10_000);
        int samples = Integer.getInteger("pages.samples", 200);
        try (StandaloneProcess.Launched launched = StandaloneProcess.Launched.start(StandaloneProcess.jar(), "--demo")) {
            ApplicationBenchmark.Load.Http http = new ApplicationBenchmark.Load.Http(launched.port).signedIn();
            ApplicationBenchmark.progress("pages: raising %,d actions", actions);
            StandaloneProcess.raise(http, actions, "pages-");
            while (http.status("/api/actions/pages-" + (actions - 1)) != 200) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
            recordAReviewAndTheFund(http);
            StringBuilder table = new StringBuilder("Pages of the standalone default (--demo) with %,d actions raised: time to answer over HTTP, ms, %d samples\n\n"
                    .formatted(actions, samples));
            table.append("| page | p50 | p95 | size, KB |\n|---|---:|---:|---:|\n");
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                int size = http.body(page.getValue()).length();
                for (int warmUp = 0; warmUp < 20; warmUp++) {
                    http.status(page.getValue());
                }
                ApplicationBenchmark.Percentiles latency = new ApplicationBenchmark.Percentiles();
                for (int sample = 0; sample < samples; sample++) {
                    long start = System.nanoTime();
                    http.expect(200, http.status(page.getValue()));
                    latency.add((System.nanoTime() - start) / 1e6);
                }
                ApplicationBenchmark.progress("pages: %s p95 %.1f ms", page.getKey(), latency.percentile(0.95));
                table.append("| %s | %.1f | %.1f | %.1f |%n".formatted(page.getKey(), latency.p50(), latency.percentile(0.95), size / 1024.0));
            }
            long assetBytes = 0;
            List<String> assets = new ArrayList<>();
            Matcher asset = ASSET.matcher(http.body("/"));
            while (asset.find()) {
                assets.add(asset.group(1));
                assetBytes += http.body(asset.group(1)).getBytes(StandardCharsets.UTF_8).length;
            }
            table.append("%nStylesheets and scripts every page loads (%s): %,d bytes (%.1f KB) as served, uncompressed%n"
                    .formatted(String.join(", ", assets), assetBytes, assetBytes / 1024.0));
            return table.toString();
        }
    }
}
