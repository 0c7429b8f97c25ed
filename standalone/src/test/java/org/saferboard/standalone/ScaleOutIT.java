package org.saferboard.standalone;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.command.CommandSideApplication;
import org.saferboard.infrastructure.projection.ProcessingNodes;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.query.audit.AuditTrailProjection;
import org.saferboard.query.dhr.DHRFundLedgerProjection;
import org.saferboard.query.performance.PerformanceDashboardProjection;
import org.saferboard.query.dhr.ReviewViewProjection;
import org.saferboard.query.meeting.ActionLogAtMeeting;
import org.saferboard.query.meeting.MeetingViewProjection;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestMongo;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Command sides and query sides on one store, under writes from several clients at once; half way,
 * one query side stops (with a command side), or is killed. The query sides share every read model's
 * segments while both run, the survivor takes over the other's, every acknowledged write is in the
 * store, and every event is in the read models exactly once.
 */
class ScaleOutIT {

    private static final int CLIENTS = 6;
    private static final int ACTIONS = 60;
    private static final int NOTES_PER_ACTION = 3;
    private static final List<String> PROCESSORS = List.of(ActionLogProjection.PROCESSING_GROUP, AuditTrailProjection.PROCESSING_GROUP,
            MeetingViewProjection.PROCESSING_GROUP, ActionLogAtMeeting.PROCESSING_GROUP, ReviewViewProjection.PROCESSING_GROUP,
            DHRFundLedgerProjection.PROCESSING_GROUP, PerformanceDashboardProjection.PROCESSING_GROUP);
    private static final int SEGMENTS = 4;
    /** Short enough for a test to see segments change hands within seconds; the defaults are a few times longer. */
    private static final Map<String, Object> QUICK_HANDOVER = Map.of(
            "saferboard.projections.segments", SEGMENTS,
            "saferboard.projections.node-heartbeat", "PT0.3S",
            "saferboard.projections.node-expiry", "PT1.5S",
            "saferboard.projections.claim-timeout", "PT3S",
            "saferboard.projections.token-claim-interval-millis", 300);

    private static final Path QUERY_SIDE_JAR = Path.of(System.getProperty("saferboard.query-side.jar",
            "../query-side/target/query-side-0.1.0-SNAPSHOT-exec.jar"));

    private String databaseName;
    private MongoClient client;
    private MongoDatabase database;
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    @BeforeEach
    void connect() {
        databaseName = TestMongo.newDatabaseName();
        client = MongoClients.create(TestMongo.uri());
        database = client.getDatabase(databaseName);
    }

    @AfterEach
    void stopAll() {
        running.forEach(ConfigurableApplicationContext::close);
        client.close();
    }

    @Test
    void twoQuerySidesShareTheSegmentsAndTheSurvivorTakesOverWithNothingLostOrProjectedTwice() throws Exception {
        ConfigurableApplicationContext firstWriter = started(SplitProcesses.start(new SpringApplicationBuilder(CommandSideApplication.class),
                databaseName));
        ConfigurableApplicationContext secondWriter = started(SplitProcesses.start(new SpringApplicationBuilder(CommandSideApplication.class),
                databaseName));
        ConfigurableApplicationContext firstReader = started(SplitProcesses.startQuerySide(databaseName, QUICK_HANDOVER));
        ConfigurableApplicationContext secondReader = started(SplitProcesses.startQuerySide(databaseName, QUICK_HANDOVER));
        awaitSegmentsSharedByTwo();

        Http.Response rebuild = Http.admin(SplitProcesses.port(firstReader)).post("/api/read-models/rebuild", "");
        assertThat(rebuild.status()).as("a rebuild while another query side shares the read models").isEqualTo(409);
        assertThat(rebuild.body().get("title").asText()).isEqualTo("Other query sides share the read models");

        List<ConfigurableApplicationContext> writers = new CopyOnWriteArrayList<>(List.of(firstWriter, secondWriter));
        Map<String, Integer> acknowledged = writeFromSeveralClients(writers, () -> {
            writers.remove(secondWriter);
            secondWriter.close();
            secondReader.close();
        });

        awaitAllSegmentsHeldBy(ownerOf(firstReader));
        assertEveryEventProjectedOnce(SplitProcesses.http(firstReader), acknowledged);
    }

    /** As a kill -9: the process neither releases its claims nor says it stops; the survivor waits for both to lapse. */
    @Test
    void aQuerySideKilledMidRunHasItsSegmentsTakenOverWithNothingLostOrProjectedTwice() throws Exception {
        ConfigurableApplicationContext writer = started(SplitProcesses.start(new SpringApplicationBuilder(CommandSideApplication.class),
                databaseName));
        ConfigurableApplicationContext survivor = started(SplitProcesses.startQuerySide(databaseName, QUICK_HANDOVER));
        Process killed = querySideProcess();
        try {
            awaitSegmentsSharedByTwo();
            Map<String, Integer> acknowledged = writeFromSeveralClients(List.of(writer), killed::destroyForcibly);
            assertThat(killed.waitFor(10, TimeUnit.SECONDS)).isTrue();

            awaitAllSegmentsHeldBy(ownerOf(survivor));
            assertEveryEventProjectedOnce(SplitProcesses.http(survivor), acknowledged);
        } finally {
            killed.destroyForcibly();
        }
    }

    /** The query side's own jar in a JVM of its own, on the test's database, with the test's quick hand-over. */
    private Process querySideProcess() throws Exception {
        Path log = Files.createTempFile("scale-out-query-side", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", QUERY_SIDE_JAR.toAbsolutePath().toString(), "--server.port=0"));
        Map<String, Object> properties = new HashMap<>(TestMongo.properties(databaseName));
        properties.putAll(QUICK_HANDOVER);
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(process.isAlive()).as("the query side stopped while starting; see %s", log).isTrue();
            assertThat(segmentsByOwner(AuditTrailProjection.PROCESSING_GROUP)).as("query sides holding segments; see %s", log).hasSize(2);
        });
        return process;
    }

    private void awaitSegmentsSharedByTwo() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> PROCESSORS.forEach(processor ->
                assertThat(segmentsByOwner(processor).values()).as("segments of %s held by each query side", processor)
                        .hasSize(2).allMatch(held -> held == SEGMENTS / 2)));
    }

    private void awaitAllSegmentsHeldBy(String survivor) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> PROCESSORS.forEach(processor ->
                assertThat(segmentsByOwner(processor)).as("segments of %s", processor).isEqualTo(Map.of(survivor, SEGMENTS))));
    }

    /**
     * Raises actions and notes their progress from several clients at once, and runs {@code halfWay}
     * once half the actions are under way; answers how many writes of each action were acknowledged.
     */
    private static Map<String, Integer> writeFromSeveralClients(List<ConfigurableApplicationContext> writers, Runnable halfWay)
            throws Exception {
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger started = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int action = 0; action < ACTIONS; action++) {
            String actionId = "scale-out-" + action;
            work.add(clients.submit(() -> {
                started.incrementAndGet();
                if (send(writers, "/api/actions", raise(actionId)) == 201) {
                    acknowledged.merge(actionId, 1, Integer::sum);
                    for (int note = 0; note < NOTES_PER_ACTION; note++) {
                        if (send(writers, "/api/actions/" + actionId + "/progress", "{\"note\":\"Update " + note + "\"}") == 200) {
                            acknowledged.merge(actionId, 1, Integer::sum);
                        }
                    }
                }
            }));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> started.get() >= ACTIONS / 2);
        halfWay.run();
        for (Future<?> done : work) {
            done.get();
        }
        clients.shutdown();
        assertThat(acknowledged).as("actions raised and acknowledged").hasSizeGreaterThan(ACTIONS / 2);
        return acknowledged;
    }

    /**
     * Every acknowledged write is stored, and every stored event is in the read models once: the audit
     * trail has one entry per event, each action is read at the version the store holds, with as many
     * history entries.
     */
    private void assertEveryEventProjectedOnce(Http reader, Map<String, Integer> acknowledged) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> eventIds = new ArrayList<>();
            database.getCollection("events").find().forEach(event -> eventIds.add(event.getString("eventIdentifier")
                    + " (" + event.getString("aggregateIdentifier") + "@" + event.get("sequenceNumber") + ", index " + event.get("globalIndex") + ")"));
            List<String> auditedIds = new ArrayList<>();
            database.getCollection(AuditTrailProjection.COLLECTION).find().forEach(entry -> auditedIds.add(entry.getString("_id")
                    + " (" + entry.getString("caseId") + "@" + (entry.getLong("version") - 1) + ", index " + entry.get("position") + ")"));
            assertThat(auditedIds).as("audit trail entries, one per event, each at its event's index").containsExactlyInAnyOrderElementsOf(eventIds);
            for (Map.Entry<String, Integer> action : acknowledged.entrySet()) {
                long stored = database.getCollection("events").countDocuments(eq("aggregateIdentifier", action.getKey()));
                assertThat(stored).as("events stored of %s", action.getKey()).isGreaterThanOrEqualTo(action.getValue());
                Http.Response read = reader.get("/api/actions/" + action.getKey());
                assertThat(read.status()).isEqualTo(200);
                assertThat(read.header("ETag")).as("version read of %s", action.getKey()).isEqualTo("\"" + stored + "\"");
                assertThat(read.body().get("historyCount").asLong()).as("history entries of %s", action.getKey()).isEqualTo(stored);
            }
        });
        Set<Long> positions = new HashSet<>();
        for (Document entry : database.getCollection(AuditTrailProjection.COLLECTION).find()) {
            assertThat(positions.add(entry.getLong("position"))).as("audit entry of position %s once", entry.get("position")).isTrue();
        }
    }

    private ConfigurableApplicationContext started(ConfigurableApplicationContext context) {
        running.add(context);
        return context;
    }

    /** Sends to a writer still running (by turns); a write whose writer stops under it is not acknowledged. */
    private static int send(List<ConfigurableApplicationContext> writers, String path, String body) {
        ConfigurableApplicationContext writer = writers.get(Math.floorMod(path.hashCode() + body.hashCode(), writers.size()));
        try {
            return SplitProcesses.http(writer).post(path, body).status();
        } catch (UncheckedIOException stoppedUnderIt) {
            return 0;
        }
    }

    private static String raise(String actionId) {
        return """
                {"actionId":"%s","title":"Review the night-time economy plan","ownerName":"Rik Basra",
                 "owningAgency":"Leicestershire Police","dueDate":"2027-03-31",
                 "source":{"kind":"AD_HOC","reference":"e-mail"}}""".formatted(actionId);
    }

    /** How many of the processor's segments each process holds a live claim on. */
    private Map<String, Integer> segmentsByOwner(String processor) {
        Map<String, Integer> held = new HashMap<>();
        for (Document token : database.getCollection("trackingtokens").find(eq("processorName", processor))) {
            String owner = token.getString("owner");
            if (owner != null) {
                held.merge(owner, 1, Integer::sum);
            }
        }
        return held;
    }

    private static String ownerOf(ConfigurableApplicationContext querySide) {
        return querySide.getBean(ProcessingNodes.class).nodeId();
    }
}
