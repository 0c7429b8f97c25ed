package org.saferboard.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.events.ActionCancelled;
import org.saferboard.api.action.events.ActionCompleted;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.standalone.StandaloneApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every action-log query the read API offers, and the home page's "my actions", over HTTP on the
 * standalone default (the embedded server with its H2 file), with {@code -Dqueries.actions} actions:
 * a quarter completed, a tenth cancelled, from meetings, reviews and elsewhere, due from 500 days
 * ago to 500 days ahead, owned by 100 officers of 4 agencies.
 */
final class QueriesBenchmark {

    private static final List<String> AGENCIES = List.of("Leicestershire Police", "Leicestershire County Council",
            "Rutland County Council", "Charnwood Borough Council");
    private static final Instant AT = Instant.parse("2015-03-19T11:00:00Z");
    private static final int CHUNK = 1_000;
    /** Queries before the timed ones, so that none of them pays for the JIT. */
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("queries.warm-up-seconds", 30));

    private final int actions;
    private final int samples;

    private QueriesBenchmark(int actions, int samples) {
        this.actions = actions;
        this.samples = samples;
    }

    static QueriesBenchmark fromSystemProperties() {
        return new QueriesBenchmark(Integer.getInteger("queries.actions", 10_000), Integer.getInteger("queries.samples", 200));
    }

    void run() throws Exception {
        Path data = Files.createTempDirectory("saferboard-queries-benchmark");
        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("one action by its id, for comparison (no filter)", List.of("/api/actions/action-42"));
        queries.put("whole log, earliest due first", List.of("/api/actions?size=50"));
        queries.put("whole log, latest due first, page 11", List.of("/api/actions?sort=-dueDate&page=10&size=50"));
        queries.put("open", List.of("/api/actions?status=OPEN&size=50"));
        queries.put("completed, latest due first", List.of("/api/actions?status=COMPLETED&sort=-dueDate&size=50"));
        queries.put("overdue", List.of("/api/actions?overdue=true&size=50"));
        queries.put("not overdue", List.of("/api/actions?overdue=false&size=50"));
        queries.put("one owner", List.of("/api/actions?owner=Officer%2042&size=50"));
        queries.put("one owner, open, latest due first", List.of("/api/actions?owner=Officer%2042&status=OPEN&sort=-dueDate&size=50"));
        queries.put("one agency", List.of("/api/actions?agency=Leicestershire%20Police&size=50"));
        queries.put("one agency, open", List.of("/api/actions?agency=Leicestershire%20Police&status=OPEN&size=50"));
        queries.put("one agency, overdue", List.of("/api/actions?agency=Leicestershire%20Police&overdue=true&size=50"));
        queries.put("one agency and one owner (not kept together)",
                List.of("/api/actions?agency=Rutland%20County%20Council&owner=Officer%2042&size=50"));
        queries.put("one source kind", List.of("/api/actions?source=DHR&size=50"));
        queries.put("one meeting", List.of("/api/actions?meeting=meeting-7&size=50"));
        queries.put("one review, open", List.of("/api/actions?review=review-3&status=OPEN&size=50"));
        queries.put("home page's \"my actions\" (its two reads)", List.of("/api/actions?owner=Officer%2042&status=OPEN&size=20",
                "/api/actions?agency=Rutland%20County%20Council&status=OPEN&size=20"));
        List<String> rows = new ArrayList<>();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StandaloneApplication.class).run(
                "--server.port=0",
                "--saferboard.mongodb.embedded.enabled=true",
                "--saferboard.mongodb.embedded.data-directory=" + data,
                "--saferboard.security.admin-password=" + ApplicationBenchmark.Load.Http.ADMIN_PASSWORD,
                "--saferboard.security.secrets-directory=" + data.resolve("secrets"),
                "--logging.level.root=warn");
        try {
            ApplicationBenchmark.progress("queries: loading %,d actions", actions);
            fill(context.getBean(EventStorageEngine.class));
            ActionLogProjection actionLog = context.getBean(ActionLogProjection.class);
            while (actionLog.versionOf("action-" + (actions - 1)) < 1) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
            // the other read models follow the same events; timed while they catch up, queries share the cores with them
            EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
            long head = context.getBean(EventStore.class).createHeadToken().position().orElseThrow();
            while (!processing.eventProcessors().values().stream().allMatch(processor -> reached(processor, head))) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
            ApplicationBenchmark.progress("queries: every read model has caught up");
            ApplicationBenchmark.Load.Http http = new ApplicationBenchmark.Load.Http(
                    ((WebServerApplicationContext) context).getWebServer().getPort()).signedIn();
            // every query in turn until the JIT has compiled the paths they share, then every query in turn, timed
            long warmUpEnd = System.nanoTime() + WARM_UP.toNanos();
            while (System.nanoTime() < warmUpEnd) {
                queries.values().forEach(paths -> timed(http, paths));
            }
            Map<String, ApplicationBenchmark.Percentiles> latencies = new LinkedHashMap<>();
            for (int sample = 0; sample < samples; sample++) {
                queries.forEach((name, paths) ->
                        latencies.computeIfAbsent(name, key -> new ApplicationBenchmark.Percentiles()).add(timed(http, paths)));
            }
            latencies.forEach((name, latency) -> rows.add("| %s | %.1f | %.1f |".formatted(name, latency.p50(), latency.p99())));
        } finally {
            context.close();
        }
        System.out.println(Benchmarks.machine());
        System.out.printf("Action log queries over HTTP on the embedded default with %,d actions, ms over %d requests each%n%n",
                actions, samples);
        System.out.println("| query | p50 | p99 |");
        System.out.println("|---|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static boolean reached(EventProcessor processor, long head) {
        if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.isRunning()) {
            return true;
        }
        Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head);
    }

    /** Milliseconds from the first request sent to the last answer read. */
    private static double timed(ApplicationBenchmark.Load.Http http, List<String> paths) {
        long started = System.nanoTime();
        for (String path : paths) {
            int status = http.status(path);
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status);
            }
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private void fill(EventStorageEngine storage) {
        LocalDate today = LocalDate.now(BusinessCalendar.BUSINESS_ZONE);
        List<DomainEventMessage<?>> chunk = new ArrayList<>(CHUNK);
        for (int action = 0; action < actions; action++) {
            String actionId = "action-" + action;
            ActionSource source = switch (action % 3) {
                case 0 -> new ActionSource(SourceKind.MEETING_MINUTE, "minute", "meeting-" + action % 50, 21, "a");
                case 1 -> ActionSource.review("DHR", "review-" + action % 20);
                default -> new ActionSource(SourceKind.AD_HOC, "e-mail");
            };
            chunk.add(new GenericDomainEventMessage<>("Action", actionId, 0, new ActionRaised(actionId,
                    "Provide the Prevent funding breakdown", null, "Officer " + action % 100, AGENCIES.get(action % AGENCIES.size()),
                    today.plusDays(action % 1_000 - 500), source, AT)));
            if (action % 4 == 1) {
                chunk.add(new GenericDomainEventMessage<>("Action", actionId, 1, new ActionCompleted(actionId, "Done", null, AT)));
            } else if (action % 10 == 2) {
                chunk.add(new GenericDomainEventMessage<>("Action", actionId, 1, new ActionCancelled(actionId, "Not needed", AT)));
            }
            if (chunk.size() >= CHUNK) {
                storage.appendEvents(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            storage.appendEvents(chunk);
        }
    }
}
