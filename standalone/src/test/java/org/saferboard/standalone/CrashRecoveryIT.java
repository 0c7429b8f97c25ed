package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;

/**
 * Power cuts, as a test: the standalone jar runs as a child process on the embedded default (H2 file)
 * while several clients write (new actions, progress notes with If-Match, actions raised from a meeting,
 * which store a meeting's and an action's events in one append), and is killed with SIGKILL at a
 * random moment, sometimes right after an answer, round after round on the same data. Afterwards every
 * acknowledged write is there exactly once (a write that was sent but never answered may or may not
 * be), every read model shows it, and every read model is identical to one rebuilt from the event log
 * alone.
 */
class CrashRecoveryIT {

    private static final int ROUNDS = 10;
    private static final int CLIENTS = 4;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String MEETING = "crash-meeting";
    private static final List<String> READ_MODELS = List.of("action_log_v4", "action_history", "action_log_keys_v4", "meeting_view", "review_view",
            "dhr_fund_ledger_v2", "meeting_action_log_meetings_v2", "meeting_action_log_actions_v2", "performance_outcomes");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final long seed = System.nanoTime();
    /** Under target, and kept: the apps' logs and data of a failed run are what explains it. */
    private final Path work = Path.of("target", "crash-recovery", Long.toString(seed)).toAbsolutePath();
    private final Random random = new Random(seed);
    /** Every acknowledged action and the version the last acknowledged write of it answered with. */
    private final Map<String, Long> acknowledgedVersions = new ConcurrentHashMap<>();
    /** Every acknowledged progress note, by action. */
    private final Map<String, Set<String>> acknowledgedNotes = new ConcurrentHashMap<>();
    /** Notes sent without an answer: each may have been stored, but at most once. */
    private final Map<String, Set<String>> unansweredNotes = new ConcurrentHashMap<>();
    private final Set<String> acknowledgedFromMeeting = ConcurrentHashMap.newKeySet();

    private static Path jar() {
        return Path.of(System.getProperty("saferboard.standalone.jar", "target/standalone-0.1.0-SNAPSHOT-exec.jar"));
    }

    /** The standalone jar started as a newcomer starts it, on a data directory of the test's. */
    private final class Standalone implements AutoCloseable {

        final Process process;
        final String base;
        final int port;

        Standalone(Path dataDirectory, String logName) throws IOException {
            int free;
            try (ServerSocket socket = new ServerSocket(0)) {
                free = socket.getLocalPort();
            }
            this.port = free;
            base = "http://127.0.0.1:" + port;
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar().toAbsolutePath().toString(), "--server.port=" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve(logName).toFile());
            builder.environment().put("SAFERBOARD_DATA_DIR", dataDirectory.toString());
            builder.environment().remove("SAFERBOARD_MONGODB_URI");
            builder.environment().put("SAFERBOARD_ADMIN_PASSWORD", TestUsers.ADMIN_PASSWORD);
            process = builder.start();
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                assertThat(process.isAlive()).as("the app stopped while starting; see " + work.resolve(logName)).isTrue();
                assertThat(healthy()).as("healthy within " + START_TIMEOUT + "; see " + work.resolve(logName)).isTrue();
            });
            // the tester, created by the first administrator at the first start (and found there at later ones)
            int created = Http.as(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).post("/api/users", TestUsers.testerBody()).status();
            assertThat(created).as("the tester created or there already").isIn(201, 409);
        }

        private boolean healthy() {
            try {
                return send("GET", "/actuator/health", null, null).status() == 200;
            } catch (IOException notYet) {
                return false;
            }
        }

        Answer send(String method, String path, String body, String ifMatch) throws IOException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (path.startsWith("/api/")) {
                // the health check is open, and the tester is created only once the app is up
                request.header("Authorization", Http.basic(TestUsers.TESTER, TestUsers.PASSWORD));
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        /** The answer to a read, once the read models have caught up with what it waits for (503 until then). */
        JsonNode get(String path) {
            Answer[] answer = new Answer[1];
            await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250)).until(() -> {
                answer[0] = send("GET", path, null, null);
                return answer[0].status() != 503;
            });
            assertThat(answer[0].status()).as("GET " + path + ": " + answer[0].body()).isEqualTo(200);
            try {
                return JSON.readTree(answer[0].body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private record Answer(int status, String body) {
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkillsAndEveryReadModelEqualsOneRebuiltFromTheLog() throws Exception {
        System.out.println("CrashRecoveryIT seed " + seed + ", logs and data in " + work);
        Path data = Files.createDirectories(work.resolve("data"));
        try (Standalone first = new Standalone(data, "setup.log")) {
            scheduleMeeting(first);
            // a user the administrator was answered 201 for survives a kill -9 right after the answer
            assertThat(Http.admin(first.port).post("/api/users",
                    TestUsers.newUser("created-before-kill", "Created Before Kill", "Leicestershire Police", "OFFICER")).status())
                    .isEqualTo(201);
            first.kill();
        }
        for (int round = 1; round <= ROUNDS; round++) {
            Standalone app = new Standalone(data, "round-" + round + ".log");
            writeUntilKilled(app, round);
        }

        Map<String, Long> versions;
        long meetingVersion;
        try (Standalone last = new Standalone(data, "final.log")) {
            assertThat(Http.as(last.port, "created-before-kill", TestUsers.PASSWORD).get("/api/signed-in").status())
                    .as("the user created just before a kill signs in").isEqualTo(200);
            versions = verifyAcknowledgedWrites(last);
            meetingVersion = last.get("/api/meetings/" + MEETING).get("version").asLong();
        }

        Path copy = Files.createDirectories(work.resolve("rebuilt"));
        Files.copy(data.resolve("saferboard.mv"), copy.resolve("saferboard.mv"));
        withDatabase(copy, database -> {
            READ_MODELS.forEach(name -> database.getCollection(name).drop());
            database.getCollection("trackingtokens").drop();
            database.getCollection("projection_checkpoints").drop();
            return null;
        });
        try (Standalone rebuilt = new Standalone(copy, "rebuilt.log")) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                assertThat(actionVersions(rebuilt)).as("the rebuilt action log").isEqualTo(versions);
                assertThat(rebuilt.get("/api/meetings/" + MEETING).get("version").asLong()).as("the rebuilt meeting view")
                        .isEqualTo(meetingVersion);
            });
            // the Action Log at a meeting is rebuilt by a processor of its own: read after every change it holds
            rebuilt.get("/api/meetings/" + MEETING + "/action-log?readAfter=" + MEETING + "@" + meetingVersion);
            versions.forEach((actionId, version) -> rebuilt.get("/api/meetings/" + MEETING + "/action-log?readAfter="
                    + actionId + "@" + version));
        }
        Map<String, List<Document>> original = withDatabase(data, CrashRecoveryIT::readModels);
        Map<String, List<Document>> fromTheLog = withDatabase(copy, CrashRecoveryIT::readModels);
        for (String readModel : READ_MODELS) {
            assertThat(fromTheLog.get(readModel)).as(readModel + " rebuilt from the log").isEqualTo(original.get(readModel));
        }
        assertThat(original.get("action_log_v4")).hasSizeGreaterThanOrEqualTo(acknowledgedVersions.size());
    }

    private void scheduleMeeting(Standalone app) throws IOException {
        assertThat(app.send("POST", "/api/meetings", """
                {"meetingId":"%s","boardId":"CRASH","meetingDate":"2015-06-18","startTime":"10:00","venue":"County Hall",
                 "chairName":"Mr. J. T. Orson JP CC"}""".formatted(MEETING), null).status()).isEqualTo(201);
        assertThat(app.send("POST", "/api/meetings/" + MEETING + "/agenda-items",
                "{\"minuteNumber\":1,\"title\":\"Domestic Homicide Reviews\"}", null).status()).isEqualTo(200);
    }

    /**
     * Clients write until the app is killed: after a random time, or right after a random number of
     * answers (so that the kill follows an acknowledgement as closely as it can).
     */
    private void writeUntilKilled(Standalone app, int round) throws Exception {
        int killAfterAnswers = random.nextBoolean() ? 1 + random.nextInt(150) : Integer.MAX_VALUE;
        long killAfterMillis = 300 + random.nextInt(2500);
        AtomicInteger answers = new AtomicInteger();
        CountDownLatch killNow = new CountDownLatch(1);
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            long clientSeed = random.nextLong();
            String prefix = "r" + round + "-c" + client;
            clients.submit(() -> {
                Writer writer = new Writer(app, prefix, new Random(clientSeed));
                while (!killed.get()) {
                    try {
                        if (writer.writeOne() && answers.incrementAndGet() >= killAfterAnswers) {
                            killNow.countDown();
                        }
                    } catch (IOException connectionLost) {
                        return;
                    }
                }
            });
        }
        killNow.await(killAfterMillis, TimeUnit.MILLISECONDS);
        killed.set(true);
        app.kill();
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    /** One client: raises actions, records progress on its own actions, raises actions from the meeting. */
    private final class Writer {

        private final Standalone app;
        private final String prefix;
        private final Random random;
        private final List<String> own = new ArrayList<>();
        private int next;

        Writer(Standalone app, String prefix, Random random) {
            this.app = app;
            this.prefix = prefix;
            this.random = random;
        }

        /** @return whether the write was acknowledged */
        boolean writeOne() throws IOException {
            int kind = random.nextInt(10);
            if (kind < 3 && !own.isEmpty()) {
                return recordProgress(own.get(random.nextInt(own.size())));
            }
            String actionId = prefix + "-" + next++;
            if (kind < 5) {
                Answer answer = app.send("POST", "/api/meetings/" + MEETING + "/actions", """
                        {"actionId":"%s","minuteNumber":1,"title":"Briefing %s","ownerName":"James Fox",
                         "owningAgency":"Leicestershire County Council","dueDate":"2015-12-10"}""".formatted(actionId, actionId),
                        null);
                return acknowledged(answer, actionId, 1, () -> acknowledgedFromMeeting.add(actionId));
            }
            Answer answer = app.send("POST", "/api/actions", """
                    {"actionId":"%s","title":"Action %s","ownerName":"Chris Barratt","owningAgency":"Leicestershire Police",
                     "dueDate":"2019-12-06","source":{"kind":"AD_HOC"}}""".formatted(actionId, actionId), null);
            return acknowledged(answer, actionId, 1, () -> { });
        }

        private boolean recordProgress(String actionId) throws IOException {
            long version = acknowledgedVersions.get(actionId);
            String note = prefix + " note " + next++;
            unansweredNotes.computeIfAbsent(actionId, id -> ConcurrentHashMap.newKeySet()).add(note);
            Answer answer = app.send("POST", "/api/actions/" + actionId + "/progress", "{\"note\":\"" + note + "\"}",
                    "\"" + version + "\"");
            if (answer.status() == 409) {
                // a write of this action that was sent but not answered before a kill was stored after all
                own.remove(actionId);
                return false;
            }
            return acknowledged(answer, actionId, version + 1, () -> {
                unansweredNotes.get(actionId).remove(note);
                acknowledgedNotes.computeIfAbsent(actionId, id -> ConcurrentHashMap.newKeySet()).add(note);
            });
        }

        private boolean acknowledged(Answer answer, String actionId, long expectedVersion, Runnable record) {
            assertThat(answer.status()).as(answer.body()).isIn(200, 201);
            try {
                assertThat(JSON.readTree(answer.body()).get("version").asLong()).isEqualTo(expectedVersion);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            record.run();
            acknowledgedVersions.put(actionId, expectedVersion);
            if (!own.contains(actionId)) {
                own.add(actionId);
            }
            return true;
        }
    }

    private Map<String, Long> verifyAcknowledgedWrites(Standalone app) {
        assertThat(acknowledgedVersions).as("writes acknowledged over the rounds").hasSizeGreaterThan(ROUNDS);
        for (Map.Entry<String, Long> acknowledged : acknowledgedVersions.entrySet()) {
            String actionId = acknowledged.getKey();
            JsonNode action = app.get("/api/actions/" + actionId + "?readAfter=" + actionId + "@" + acknowledged.getValue());
            assertThat(action.get("version").asLong()).as(actionId).isGreaterThanOrEqualTo(acknowledged.getValue());
            Map<String, Integer> notes = new HashMap<>();
            for (int page = 0; page * 200 < action.get("historyCount").asLong(); page++) {
                for (JsonNode entry : app.get("/api/actions/" + actionId + "/history?size=200&page=" + page).get("entries")) {
                    JsonNode note = entry.get("details").get("note");
                    if (note != null) {
                        notes.merge(note.asText(), 1, Integer::sum);
                    }
                }
            }
            for (String note : acknowledgedNotes.getOrDefault(actionId, Set.of())) {
                assertThat(notes.get(note)).as("acknowledged note '" + note + "' of " + actionId).isEqualTo(1);
            }
            notes.forEach((note, times) -> assertThat(times).as("note '" + note + "' of " + actionId).isEqualTo(1));
            Set<String> sent = new java.util.HashSet<>(acknowledgedNotes.getOrDefault(actionId, Set.of()));
            sent.addAll(unansweredNotes.getOrDefault(actionId, Set.of()));
            assertThat(sent).as("every note stored was sent").containsAll(notes.keySet());
        }
        JsonNode meeting = app.get("/api/meetings/" + MEETING);
        List<String> raisedAtMeeting = new ArrayList<>();
        meeting.get("items").get(0).get("actions").forEach(action -> raisedAtMeeting.add(action.get("actionId").asText()));
        assertThat(raisedAtMeeting).doesNotHaveDuplicates().containsAll(acknowledgedFromMeeting);
        for (String actionId : raisedAtMeeting) {
            app.get("/api/actions/" + actionId);
        }
        return actionVersions(app);
    }

    /** Every action the read model holds, with its version. */
    private static Map<String, Long> actionVersions(Standalone app) {
        Map<String, Long> versions = new TreeMap<>();
        for (int page = 0; ; page++) {
            JsonNode log = app.get("/api/actions?size=200&page=" + page);
            log.get("actions").forEach(action -> versions.put(action.get("actionId").asText(), action.get("version").asLong()));
            if (log.get("actions").size() < 200) {
                return versions;
            }
        }
    }

    private static Map<String, List<Document>> readModels(MongoDatabase database) {
        Map<String, List<Document>> readModels = new HashMap<>();
        for (String name : READ_MODELS) {
            readModels.put(name, database.getCollection(name).find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        }
        return readModels;
    }

    /** Opens a stopped app's data file in this test, as the app's embedded server would. */
    private static <T> T withDatabase(Path dataDirectory, java.util.function.Function<MongoDatabase, T> use) {
        MongoServer server = new MongoServer(new H2Backend(dataDirectory.resolve("saferboard.mv").toString()));
        try {
            server.bind("127.0.0.1", 0);
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
                return use.apply(client.getDatabase("saferboard"));
            }
        } finally {
            server.shutdown();
        }
    }
}
