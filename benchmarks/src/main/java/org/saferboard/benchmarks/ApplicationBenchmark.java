package org.saferboard.benchmarks;

import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.standalone.StandaloneApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * SaferBoard as a whole (the standalone app in this JVM, over HTTP), on each of three event storage
 * engines in turn: Axon's in-memory engine (the ceiling for our own code), axon-mongo's engine and
 * ours. Read models and tokens are in a fresh mongo-java-server (memory backend) for every run.
 */
final class ApplicationBenchmark {

    private static final String ACTION_LOG = ActionLogProjection.PROCESSING_GROUP;
    private static final int WARM_UP_PAIRS = 1_000;
    private static final int LAG_SAMPLES = 100;
    /** Requests per round of each query (-Dquery.samples): a filtered query scans the read model on mongo-java-server. */
    private static final int QUERY_SAMPLES = Integer.getInteger("query.samples", 200);
    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("open, one agency, earliest due first", "/api/actions?status=OPEN&agency=Leicestershire%20Police&size=50");
        QUERIES.put("overdue", "/api/actions?overdue=true&size=50");
        QUERIES.put("one owner, latest due first", "/api/actions?owner=Officer%2042&sort=-dueDate&size=50");
        QUERIES.put("one action with its history", "/api/actions/filler-42");
    }

    private final BenchmarkSettings settings;

    ApplicationBenchmark(BenchmarkSettings settings) {
        this.settings = settings;
    }

    private record EngineResults(String engine, Measures oneThread, Measures fourThreads, Measures lagP50, Measures lagP99,
                                 Map<Integer, Measures> replayRates, Map<Integer, String> replayNotes) {
    }

    void run() throws Exception {
        List<EngineResults> results = new ArrayList<>();
        Map<String, Measures[]> queryLatencies = new LinkedHashMap<>();
        for (String engine : BenchmarkEngines.selected()) {
            Measures oneThread = new Measures();
            Measures fourThreads = new Measures();
            Measures lagP50 = new Measures();
            Measures lagP99 = new Measures();
            try (RunningApp app = RunningApp.start(engine)) {
                Load.commandsPerSecond(app.http, 1, WARM_UP_PAIRS, Duration.ofSeconds(30));
                for (int round = 0; round < settings.rounds(); round++) {
                    oneThread.add(Load.commandsPerSecond(app.http, 1, settings.commandsPerRound(), settings.roundTimeBox()));
                    fourThreads.add(Load.commandsPerSecond(app.http, 4, settings.commandsPerRound(), settings.roundTimeBox()));
                    progress("%s: round %d: %.0f commands/s on 1 thread, %.0f on 4", engine, round + 1,
                            oneThread.median(), fourThreads.median());
                }
                for (int round = 0; round < settings.rounds(); round++) {
                    Percentiles lag = projectionLag(app);
                    lagP50.add(lag.p50());
                    lagP99.add(lag.p99());
                    progress("%s: projection lag p50 %.1f ms, p99 %.1f ms", engine, lag.p50(), lag.p99());
                }
            }
            Map<Integer, Measures> replayRates = new LinkedHashMap<>();
            Map<Integer, String> replayNotes = new LinkedHashMap<>();
            for (int size : settings.sizes()) {
                // A MongoDB store is filled before the application starts: axon-mongo's event store polls
                // with a query that scans the collection, which would slow the filling itself.
                boolean fillBeforeStart = !engine.equals(BenchmarkEngines.IN_MEMORY);
                try (RunningApp app = RunningApp.start(engine, fillBeforeStart ? size : 0)) {
                    if (!fillBeforeStart) {
                        progress("%s: storing %,d events", engine, size);
                        Fill.actions(app.context.getBean(EventStorageEngine.class), size);
                    }
                    Measures rates = new Measures();
                    for (int round = 0; round < settings.replayRounds(); round++) {
                        Replay replay = replay(app, size, replayTimeBox(engine));
                        rates.add(replay.eventsPerSecond());
                        if (!replay.complete()) {
                            replayNotes.put(size, " (time-boxed at %d s)".formatted(replayTimeBox(engine).toSeconds()));
                        }
                        progress("%s: replay of %,d events at %.0f events/s%s", engine, size, replay.eventsPerSecond(),
                                replay.complete() ? "" : " (first %,d)".formatted(replay.events()));
                    }
                    replayRates.put(size, rates);
                    replayNotes.putIfAbsent(size, "");
                }
            }
            results.add(new EngineResults(engine, oneThread, fourThreads, lagP50, lagP99, replayRates, replayNotes));
        }
        int actions = Integer.getInteger("query.actions", 100_000);
        try (RunningApp app = RunningApp.start(BenchmarkEngines.GLOBAL_INDEX)) {
            loadActionLog(app, actions);
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                Measures p50 = new Measures();
                Measures p99 = new Measures();
                for (int round = 0; round < settings.rounds(); round++) {
                    Percentiles latency = queryLatency(app, query.getValue());
                    p50.add(latency.p50());
                    p99.add(latency.p99());
                }
                queryLatencies.put(query.getKey(), new Measures[] {p50, p99});
            }
        }
        StandaloneProcess.Figures standalone = StandaloneProcess.measure(settings);
        print(results, queryLatencies, standalone);
    }

    private record Replay(long events, double eventsPerSecond, boolean complete) {
    }

    /** Stored events re-projected from scratch: the action log's token is reset and timed to the head. */
    /** axon-mongo's replay is orders of magnitude slower; it gets its own, shorter box (-Dreplay.seconds.axon-mongo). */
    private Duration replayTimeBox(String engine) {
        return engine.equals(BenchmarkEngines.AXON_MONGO)
                ? Duration.ofSeconds(Integer.getInteger("replay.seconds.axon-mongo", (int) settings.replayTimeBox().toSeconds()))
                : settings.replayTimeBox();
    }

    private Replay replay(RunningApp app, int size, Duration timeBox) throws Exception {
        EventProcessingConfiguration processing = app.context.getBean(EventProcessingConfiguration.class);
        TrackingEventProcessor processor = processing.eventProcessor(ACTION_LOG, TrackingEventProcessor.class).orElseThrow();
        MongoDatabase database = app.context.getBean(MongoDatabase.class);
        awaitFirstProjected(database);
        processor.shutdownAsync().get(10, TimeUnit.MINUTES);
        resetWhenStopped(processor);
        long start = System.nanoTime();
        long deadline = start + timeBox.toNanos();
        processor.start();
        ActionLogProjection actionLog = app.context.getBean(ActionLogProjection.class);
        String lastAction = "filler-" + (size / Fill.EVENTS_PER_ACTION - 1);
        while (System.nanoTime() < deadline) {
            // events are stored action by action, so the last action at its last version means all are in
            if (actionLog.versionOf(lastAction) == Fill.EVENTS_PER_ACTION) {
                return new Replay(size, size / ((System.nanoTime() - start) / 1e9), true);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        // time box reached: each projected action stands for its ten events (they are stored in order)
        long projected = database.getCollection(ActionLogProjection.COLLECTION).countDocuments() * Fill.EVENTS_PER_ACTION;
        return new Replay(projected, projected / ((System.nanoTime() - start) / 1e9), false);
    }

    /**
     * A processor reset while its token is still the replay token Axon gives a new processor (before its
     * first batch) stayed idle in our runs on a store filled before the app started; the reset is made
     * once the processor has projected its first events, as an operator's replay would be.
     */
    private static void awaitFirstProjected(MongoDatabase database) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (database.getCollection(ActionLogProjection.COLLECTION).countDocuments() == 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    /**
     * The processor's shutdown completes after its worker termination timeout even when a worker is still inside a
     * slow fetch (axon-mongo's scans); the reset is refused until that worker has really stopped.
     */
    private static void resetWhenStopped(TrackingEventProcessor processor) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (true) {
            try {
                processor.resetTokens();
                return;
            } catch (IllegalStateException stillRunning) {
                if (System.nanoTime() > deadline) {
                    throw stillRunning;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }
    }

    /** Stores {@code actions} raised actions and waits, without a time box, until the action log holds them all. */
    private static void loadActionLog(RunningApp app, int actions) {
        progress("query latency: loading %,d actions", actions);
        Fill.raisedOnly(app.context.getBean(EventStorageEngine.class), actions);
        ActionLogProjection actionLog = app.context.getBean(ActionLogProjection.class);
        while (actionLog.versionOf("filler-" + (actions - 1)) < 1) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    /** From RaiseAction answered to the action readable in the read API, without readAfter. */
    private static Percentiles projectionLag(RunningApp app) {
        Percentiles lag = new Percentiles();
        for (int sample = 0; sample < LAG_SAMPLES; sample++) {
            String actionId = UUID.randomUUID().toString();
            app.http.post("/api/actions", Load.raiseBody(actionId));
            long acknowledged = System.nanoTime();
            while (app.http.status("/api/actions/" + actionId) != 200) {
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
            }
            lag.add((System.nanoTime() - acknowledged) / 1e6);
        }
        return lag;
    }

    private static Percentiles queryLatency(RunningApp app, String path) {
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            app.http.status(path);
        }
        Percentiles latency = new Percentiles();
        for (int sample = 0; sample < QUERY_SAMPLES; sample++) {
            long start = System.nanoTime();
            int status = app.http.status(path);
            latency.add((System.nanoTime() - start) / 1e6);
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status);
            }
        }
        return latency;
    }

    private void print(List<EngineResults> results, Map<String, Measures[]> queryLatencies,
                       StandaloneProcess.Figures standalone) {
        System.out.println();
        System.out.println("Application benchmark, " + Benchmarks.machine());
        System.out.println();
        if (!results.isEmpty()) {
            printEngines(results);
        }
        int actions = Integer.getInteger("query.actions", 100_000);
        System.out.printf("Action log query latency over HTTP with %,d actions in the read model (global index engine), ms; "
                + "median (min–max) over %d rounds of %d requests%n%n", actions, settings.rounds(), QUERY_SAMPLES);
        System.out.println("| query | p50 | p99 |");
        System.out.println("|---|---:|---:|");
        queryLatencies.forEach((query, latency) ->
                System.out.printf("| %s | %s | %s |%n", query, latency[0].describe(), latency[1].describe()));
        System.out.println();
        System.out.println(standalone.table());
    }

    private void printEngines(List<EngineResults> results) {
        EngineResults ceiling = results.get(0);
        System.out.println("Command throughput through the REST API (RaiseAction then CompleteAction), commands/s, median (min–max) of "
                + settings.rounds() + " rounds; ratio to the in-memory engine");
        System.out.println();
        System.out.println("| engine | 1 client thread | ratio | 4 client threads | ratio |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (EngineResults result : results) {
            System.out.printf("| %s | %s | %.2f | %s | %.2f |%n", result.engine(), result.oneThread().describe(),
                    result.oneThread().median() / ceiling.oneThread().median(), result.fourThreads().describe(),
                    result.fourThreads().median() / ceiling.fourThreads().median());
        }
        System.out.println();
        System.out.println("Projection lag, command acknowledged to visible in the read API, ms; median (min–max) over "
                + settings.rounds() + " rounds of " + LAG_SAMPLES + " actions");
        System.out.println();
        System.out.println("| engine | p50 | p99 | p50 ratio |");
        System.out.println("|---|---:|---:|---:|");
        for (EngineResults result : results) {
            System.out.printf("| %s | %s | %s | %.2f |%n", result.engine(), result.lagP50().describe(), result.lagP99().describe(),
                    result.lagP50().median() / ceiling.lagP50().median());
        }
        System.out.println();
        System.out.println("Full replay of the read models (action log reset and rebuilt), events/s, median (min–max) of "
                + settings.replayRounds() + " replays; ratio to the in-memory engine");
        System.out.println();
        StringBuilder header = new StringBuilder("| engine |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int size : settings.sizes()) {
            header.append(" %,d events | ratio |".formatted(size));
            rule.append("---:|---:|");
        }
        System.out.println(header);
        System.out.println(rule);
        for (EngineResults result : results) {
            StringBuilder row = new StringBuilder("| " + result.engine() + " |");
            for (int size : settings.sizes()) {
                row.append(" %s%s | %.3f |".formatted(result.replayRates().get(size).describe(), result.replayNotes().get(size),
                        result.replayRates().get(size).median() / ceiling.replayRates().get(size).median()));
            }
            System.out.println(row);
        }
        System.out.println();
    }

    /** The standalone app in this JVM on a fresh database, with the given event storage engine. */
    static final class RunningApp implements AutoCloseable {
        final String engine;
        final ConfigurableApplicationContext context;
        final Load.Http http;
        private final MongoServer server;

        private RunningApp(String engine, ConfigurableApplicationContext context, MongoServer server) {
            this.engine = engine;
            this.context = context;
            this.server = server;
            this.http = new Load.Http(((WebServerApplicationContext) context).getWebServer().getPort()).signedIn();
        }

        static RunningApp start(String engine) {
            return start(engine, 0);
        }

        /** Starts the app on a new server, after storing {@code storedEvents} events there with the engine. */
        static RunningApp start(String engine, int storedEvents) {
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            if (storedEvents > 0) {
                progress("%s: storing %,d events", engine, storedEvents);
                try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(
                        "mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
                    Fill.actions(BenchmarkEngines.create(engine, client.getDatabase("benchmark")), storedEvents);
                }
            }
            ConfigurableApplicationContext context = new SpringApplicationBuilder(StandaloneApplication.class,
                    BenchmarkEngines.class).run(
                    "--server.port=0",
                    "--saferboard.mongodb.uri=mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/benchmark",
                    "--saferboard.mongodb.embedded.enabled=false",
                    "--benchmark.engine=" + engine,
                    "--saferboard.security.admin-password=" + Load.Http.ADMIN_PASSWORD,
                    "--saferboard.event-store.legacy-migration=false",
                    "--logging.level.root=warn",
                    "--logging.level.org.mongodb.driver.protocol.command=" + System.getProperty("benchmark.mongo-log", "warn"));
            return new RunningApp(engine, context, server);
        }

        @Override
        public void close() {
            context.close();
            server.shutdownNow();
        }
    }

    static void progress(String format, Object... values) {
        System.err.printf(format + "%n", values);
    }

    /** Latencies, reported as percentiles. */
    static final class Percentiles {
        private final List<Double> values = new ArrayList<>();

        void add(double value) {
            values.add(value);
        }

        double p50() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        double percentile(double fraction) {
            List<Double> sorted = new ArrayList<>(values);
            sorted.sort(Double::compare);
            int index = (int) Math.ceil(fraction * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
        }
    }

    /** HTTP load from client threads. */
    static final class Load {

        private Load() {
        }

        static String raiseBody(String actionId) {
            return """
                    {"actionId":"%s","title":"Confirm the funding situation for the remainder of 2015 and beyond",
                     "ownerName":"James Fox","owningAgency":"Leicestershire County Council","dueDate":"2015-06-18",
                     "source":{"kind":"MEETING_MINUTE","reference":"LSCSB 28 January 2015, minute 27"}}""".formatted(actionId);
        }

        /** RaiseAction then CompleteAction on new actions from {@code threads} clients, pairs shared out among them. */
        static double commandsPerSecond(Http http, int threads, int maximumPairs, Duration timeBox) throws Exception {
            ExecutorService clients = Executors.newFixedThreadPool(threads);
            AtomicLong pairsLeft = new AtomicLong(maximumPairs);
            AtomicLong commands = new AtomicLong();
            long start = System.nanoTime();
            long deadline = start + timeBox.toNanos();
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                running.add(clients.submit(() -> {
                    while (pairsLeft.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                        String actionId = UUID.randomUUID().toString();
                        http.expect(201, http.post("/api/actions", raiseBody(actionId)));
                        http.expect(200, http.post("/api/actions/" + actionId + "/complete", "{\"outcome\":\"Funding confirmed\"}"));
                        commands.addAndGet(2);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            clients.shutdown();
            return commands.get() / ((System.nanoTime() - start) / 1e9);
        }

        /** A plain HTTP/1.1 client on loopback. */
        /** A client of the API, signed in as a benchmark user with the secretariat's role (HTTP Basic, as API clients sign in). */
        static final class Http {
            /** The first administrator's password of the apps a benchmark starts: random, never a built-in default. */
            static final String ADMIN_PASSWORD = java.util.UUID.randomUUID().toString();
            private static final String USER = "benchmark";
            private static final String PASSWORD = java.util.UUID.randomUUID().toString();

            private final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
            private final String base;
            private volatile String authorization;

            Http(int port) {
                this.base = "http://127.0.0.1:" + port;
            }

            /** Creates the benchmark user as the first administrator (once per app) and signs in as them. */
            Http signedIn() {
                authorization = basic("admin", ADMIN_PASSWORD);
                int created = post("/api/users", """
                        {"username":"%s","displayName":"Benchmark","agency":"SaferBoard benchmarks",
                         "roles":["SECRETARIAT","DHR_COORDINATOR","FINANCE","AUDITOR","ADMIN"],"password":"%s"}""".formatted(USER, PASSWORD));
                if (created == 404 || created == 405) {
                    // a jar from before sign-in, run back to back with this one: it takes requests without credentials
                    authorization = null;
                    return this;
                }
                if (created != 201 && created != 409) {
                    throw new IllegalStateException("could not create the benchmark user: HTTP " + created);
                }
                authorization = basic(USER, PASSWORD);
                return this;
            }

            private static String basic(String username, String password) {
                return "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }

            int post(String path, String json) {
                return send(request(path).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build());
            }

            int put(String path, String json) {
                return send(request(path).header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build());
            }

            int status(String path) {
                return send(request(path).GET().build());
            }

            /** The body of a GET that must answer 200. */
            String body(String path) {
                try {
                    java.net.http.HttpResponse<String> response = client.send(request(path).GET().build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    expect(200, response.statusCode());
                    return response.body();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }

            private java.net.http.HttpRequest.Builder request(String path) {
                java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                return request;
            }

            void expect(int expected, int actual) {
                if (expected != actual) {
                    throw new IllegalStateException("expected HTTP " + expected + " but got " + actual);
                }
            }

            private int send(java.net.http.HttpRequest request) {
                try {
                    return client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
