package org.saferboard.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of the standalone jar (started with {@code --demo}, on the embedded default) with
 * {@code -Dpages.actions=10000} actions raised through the API: each page's time to answer over HTTP on
 * the same machine, p50 and p95 of {@code -Dpages.samples=200} requests after 20 to warm up, and the
 * stylesheets and scripts a page loads, in bytes as served.
 */
final class PagesBenchmark {

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
        PAGES.put("users", "/admin/users");
    }

    private PagesBenchmark() {
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
