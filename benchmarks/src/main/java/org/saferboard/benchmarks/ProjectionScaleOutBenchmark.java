package org.saferboard.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.saferboard.infrastructure.eventstore.EventStorageEngines;

/**
 * Projection throughput with one and with several query-side processes sharing the read models'
 * segments: the query side's own jar, each in a JVM of its own, on one MongoDB-protocol server
 * (mongo-java-server, memory backend, in this JVM) that already holds the events. The rate is taken
 * over the middle of the catch-up (from 20% to 80% of the log, for the slowest read model), so that
 * the JVMs' start and the first hand-over of segments are left out. Settings: {@code
 * -Dprojections.events=200000}, {@code -Dprojections.instances=1,2}, {@code
 * -Dprojections.reads=compound-indexes} (the action log as on MongoDB; {@code auto} keeps the embedded
 * server's keys, whose events stay in one segment), {@code -Dprojections.segments=4} (per read model,
 * as the query side's default), {@code -Dquery-side.jar}.
 */
final class ProjectionScaleOutBenchmark {

    private static final Path DEFAULT_JAR = Path.of("query-side/target/query-side-0.1.0-SNAPSHOT-exec.jar");
    private static final List<String> PROCESSORS = List.of("action-log-v4", "audit-trail", "meeting-view", "meeting-action-log-v2",
            "review-view", "dhr-fund-ledger-v2", "performance-dashboard");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 250;

    private final int events;
    private final List<Integer> instanceCounts;
    private final String reads;
    private final int segments;
    private final Path jar;

    private ProjectionScaleOutBenchmark(int events, List<Integer> instanceCounts, String reads, int segments, Path jar) {
        this.events = events;
        this.instanceCounts = instanceCounts;
        this.reads = reads;
        this.segments = segments;
        this.jar = jar;
    }

    static ProjectionScaleOutBenchmark fromSystemProperties() {
        Path jar = Path.of(System.getProperty("query-side.jar", DEFAULT_JAR.toString()));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " not found: build it first (see BENCHMARKS.md)");
        }
        List<Integer> counts = Arrays.stream(System.getProperty("projections.instances", "1,2").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        return new ProjectionScaleOutBenchmark(Integer.getInteger("projections.events", 200_000), counts,
                System.getProperty("projections.reads", "compound-indexes"), Integer.getInteger("projections.segments", 4), jar);
    }

    private record Result(int instances, double eventsPerSecond, double secondsToCaughtUp) {
    }

    void run() throws Exception {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        List<Result> results = new ArrayList<>();
        try (MongoClient client = MongoClients.create(uri)) {
            for (int instances : instanceCounts) {
                String databaseName = "projections-" + instances;
                MongoDatabase database = client.getDatabase(databaseName);
                ApplicationBenchmark.progress("storing %,d events for %d query side(s)", events, instances);
                Fill.actions(EventStorageEngines.globalIndex(database, Clock.systemUTC(), Duration.ofSeconds(60), 100), events);
                long head = database.getCollection("events").find().sort(Sorts.descending("globalIndex")).first()
                        .getLong("globalIndex");
                results.add(catchUp(uri, databaseName, database, instances, head));
                database.drop();
            }
        } finally {
            server.shutdownNow();
        }
        System.out.println(Benchmarks.machine());
        System.out.println();
        System.out.println(table(results));
    }

    private Result catchUp(String uri, String databaseName, MongoDatabase database, int instances, long head) throws Exception {
        List<Process> processes = new ArrayList<>();
        try {
            long launched = System.nanoTime();
            for (int instance = 0; instance < instances; instance++) {
                processes.add(launch(uri, databaseName, instance));
            }
            long fifth = -1;
            long fourFifths = -1;
            while (true) {
                for (Process process : processes) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("a query side stopped; see its log in " + System.getProperty("java.io.tmpdir"));
                    }
                }
                long slowest = slowestPosition(database);
                long now = System.nanoTime();
                if (fifth < 0 && slowest >= head / 5) {
                    fifth = now;
                }
                if (fourFifths < 0 && slowest >= head * 4 / 5) {
                    fourFifths = now;
                }
                if (slowest >= head) {
                    double rate = (head * 3 / 5) / ((fourFifths - fifth) / 1e9);
                    ApplicationBenchmark.progress("%d query side(s): %,.0f events/s in the middle of the catch-up", instances, rate);
                    return new Result(instances, rate, (now - launched) / 1e9);
                }
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            }
        } finally {
            for (Process process : processes) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    private Process launch(String uri, String databaseName, int instance) throws IOException {
        Path log = Files.createTempFile("projections-query-side-" + instance, ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString(), "--server.port=0",
                "--saferboard.mongodb.uri=" + uri, "--saferboard.mongodb.database=" + databaseName,
                "--saferboard.action-log.reads=" + reads, "--saferboard.projections.segments=" + segments));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * How far the slowest read model has got: for each processor, the least position of its segments'
     * tokens (-1 until every segment has one), and the least of those.
     */
    private static long slowestPosition(MongoDatabase database) throws IOException {
        Map<String, List<Long>> positions = new HashMap<>();
        for (Document token : database.getCollection("trackingtokens").find()) {
            positions.computeIfAbsent(token.getString("processorName"), name -> new ArrayList<>()).add(position(token.get("token")));
        }
        long slowest = Long.MAX_VALUE;
        for (String processor : PROCESSORS) {
            List<Long> segments = positions.get(processor);
            if (segments == null || segments.isEmpty()) {
                return -1;
            }
            slowest = Math.min(slowest, segments.stream().mapToLong(Long::longValue).min().orElse(-1));
        }
        return slowest;
    }

    /**
     * A stored token (Jackson): a GapAwareTrackingToken's index, or that of the current token of the
     * ReplayToken a new processor starts with on a store that holds events; -1 for none yet.
     */
    private static long position(Object stored) throws IOException {
        if (stored == null) {
            return -1;
        }
        String text = stored instanceof Binary binary ? new String(binary.getData(), StandardCharsets.UTF_8) : stored.toString();
        JsonNode token = JSON.readTree(text);
        if (token.has("currentToken")) {
            token = token.get("currentToken");
        }
        JsonNode index = token == null ? null : token.get("index");
        return index == null ? -1 : index.asLong();
    }

    private String table(List<Result> results) {
        StringBuilder table = new StringBuilder("""
                Projection throughput: %,d events (actions of 10 events each) into every read model, by query-side processes \
                sharing the segments (%d per read model), on one mongo-java-server (memory backend); action log read by %s

                | query sides | events/s, 20%%–80%% of the log, slowest read model | launch to every read model at the head, s |
                |---:|---:|---:|
                """.formatted(events, segments, reads));
        for (Result result : results) {
            table.append("| %d | %s | %.1f |%n".formatted(result.instances(), Measures.format(result.eventsPerSecond()),
                    result.secondsToCaughtUp()));
        }
        return table.toString();
    }
}
