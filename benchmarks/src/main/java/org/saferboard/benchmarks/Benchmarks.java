package org.saferboard.benchmarks;

import java.lang.management.ManagementFactory;
import org.saferboard.infrastructure.QuietStartup;

/**
 * Runs one of SaferBoard's benchmarks and prints its results as a markdown table. See BENCHMARKS.md
 * for what each measures and how to run it.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        QuietStartup.apply();
        String which = args.length == 0 ? "application" : args[0];
        switch (which) {
            case "event-store" -> new EventStoreBenchmark(BenchmarkSettings.fromSystemProperties()).run();
            case "application" -> new ApplicationBenchmark(BenchmarkSettings.fromSystemProperties("100000,1000000")).run();
            case "standalone" -> {
                System.out.println(machine());
                System.out.println();
                System.out.println(StandaloneProcess.measure(BenchmarkSettings.fromSystemProperties()).table());
            }
            case "event-log" -> EventLogBenchmark.fromSystemProperties().run();
            case "replay" -> ReplayBenchmark.fromSystemProperties().run();
            case "queries" -> QueriesBenchmark.fromSystemProperties().run();
            case "projections" -> ProjectionScaleOutBenchmark.fromSystemProperties().run();
            case "pages" -> {
                System.out.println(machine());
                System.out.println();
                System.out.println(PagesBenchmark.measure(BenchmarkSettings.fromSystemProperties()));
            }
            default -> {
                System.err.println("Unknown benchmark '" + which + "'; known: event-store, application, standalone, pages, event-log, replay, queries, projections");
                System.exit(2);
            }
        }
        // the apps started and closed in this JVM can leave non-daemon threads behind (Axon's, the
        // embedded server's); the results are printed, so the run ends here
        System.exit(0);
    }

    /** The machine line every result table starts with. */
    static String machine() {
        long memoryBytes = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return "%d cores, %.1f GiB memory, Java %s, max heap %.1f GiB".formatted(
                Runtime.getRuntime().availableProcessors(), memoryBytes / (1024.0 * 1024 * 1024),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024));
    }
}
