package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestMongo;
import org.saferboard.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The event log's hash chain, backup and restore over the API: a board built through the commands
 * (the demo's meetings and actions, a review and the DHR fund) is verified, its chain's head is in
 * the Action Log PDF's footer, and its backup restored by a second app on an empty database rebuilds
 * every read model document for document; an event altered behind that app's back is then named.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventLogIT extends StandaloneOverHttp {

    /** Collections that are not read models: the log itself, its chain, snapshots, tokens and the users. */
    private static final Set<String> NOT_READ_MODELS = Set.of("events", "snapshots", "event_sequences", "event_chain",
            "trackingtokens", "projection_checkpoints", "users");
    private static final String SEPTEMBER = "lscsb-2015-09-17";

    @Autowired
    MongoDatabase database;

    private Http http;

    @BeforeAll
    void boardBuiltThroughTheCommands() {
        http = new Http(port);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.get("/api/actions/lscsb-2015-09-17-m50-report").status()).isEqualTo(200));
        assertThat(http.post("/api/reviews", """
                {"reviewId": "dhr-mary", "caseReference": "LR-DHR-2015-01", "pseudonym": "Mary", "dateOfDeath": "2015-06-01",
                 "notifiedOn": "2015-06-10", "notifyingAgency": "Leicestershire Police", "area": "Charnwood"}""").status())
                .isEqualTo(201);
        assertThat(http.post("/api/reviews/dhr-mary/decision",
                "{\"holdReview\": true, \"rationale\": \"Meets the statutory criteria\", \"decidedOn\": \"2015-07-01\"}").status())
                .isEqualTo(200);
        assertThat(http.post("/api/dhr-funds", """
                {"fundId": "llr-dhr-fund", "name": "Leicestershire and Rutland DHR fund", "openedOn": "2015-01-28",
                 "openingBalance": "0.00"}""").status()).isEqualTo(201);
        assertThat(http.put("/api/dhr-funds/llr-dhr-fund/contributions/2015-16", """
                {"resolutionReference": "LSCSB 28 January 2015, minute 7(c)", "agreedOn": "2015-01-28",
                 "contributions": [{"partner": "Leicestershire County Council", "amount": "30000.00"},
                                   {"partner": "Leicestershire Police", "amount": "16000.00"}]}""").status()).isEqualTo(200);
        assertThat(http.post("/api/dhr-funds/llr-dhr-fund/drawdowns", """
                {"drawdownId": "call-2015-1", "financialYear": "2015-16", "total": "4600.00", "reason": "Two reviews",
                 "drawnOn": "2015-06-01"}""").status()).isEqualTo(200);
        assertThat(http.post("/api/dhr-funds/llr-dhr-fund/receipts", """
                {"receiptId": "receipt-county-1", "financialYear": "2015-16", "partner": "Leicestershire County Council",
                 "amount": "3000.00", "receivedOn": "2015-06-15", "reference": "Remittance 4400"}""").status()).isEqualTo(200);
        assertThat(http.post("/api/dhr-funds/llr-dhr-fund/allocations", """
                {"allocationId": "review-mary", "amount": "2000.00", "purpose": "REVIEW", "reviewId": "dhr-mary",
                 "description": "Independent chair for the review", "resolutionReference": "LSCSB 18 June 2015, minute 20",
                 "allocatedOn": "2015-07-02"}""").status()).isEqualTo(200);
    }

    private long eventCount() {
        return database.getCollection("events").countDocuments();
    }

    @Test
    void theWholeLogVerifiesAndItsHeadIsInTheActionLogsFooter() throws IOException {
        JsonNode verification = Http.admin(port).get("/api/event-log/verification").body();

        assertThat(verification.get("intact").asBoolean()).isTrue();
        long events = verification.get("eventsVerified").asLong();
        assertThat(events).isGreaterThanOrEqualTo(90);
        JsonNode head = verification.get("head");
        assertThat(verification.get("summary").asText())
                .isEqualTo("verified " + events + " events, head " + head.get("hash").asText() + " at index " + head.get("index").asLong());

        byte[] pdf = download("/api/meetings/" + SEPTEMBER + "/action-log.pdf", TestUsers.TESTER, TestUsers.PASSWORD).body();
        String footer = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        String printed = http.get("/api/event-log/head").body().get("printed").asText();
        assertThat(printed).startsWith("Event log head ").endsWith("(SHA-256)");
        assertThat(footer.replaceAll("\\s+", " ")).contains(printed);

        String recorded = printed.substring("Event log head ".length(), printed.indexOf(' ', "Event log head ".length()));
        JsonNode withHeads = http.get("/api/event-log/verification?head=" + recorded + "&head=3:" + "0".repeat(64)).body();
        assertThat(withHeads.get("intact").asBoolean()).isFalse();
        assertThat(withHeads.get("recordedHeads").findValuesAsText("finding"))
                .containsExactlyInAnyOrder("on the chain at index " + recorded.substring(0, recorded.indexOf(':')),
                        "not on the chain: the event log at index 3 is not the one this head was recorded from");
        assertThat(http.get("/api/event-log/verification?head=three").status()).isEqualTo(400);
    }

    @Test
    void onlyAnAdministratorBacksUpAndAuditorsVerify() throws IOException {
        String auditor = "auditor-of-the-chain";
        assertThat(Http.admin(port).post("/api/users", TestUsers.newUser(auditor, "Chain Auditor", "Leicestershire County Council",
                "AUDITOR")).status()).isEqualTo(201);
        assertThat(Http.as(port, auditor, TestUsers.PASSWORD).get("/api/event-log/verification").status()).isEqualTo(200);
        assertThat(download("/api/event-log/backup", auditor, TestUsers.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(Http.as(port, auditor, TestUsers.PASSWORD).get("/api/read-models").status()).isEqualTo(403);
    }

    @Test
    void aBackupRestoredOnAnEmptyDatabaseRebuildsEveryReadModelAsTheOriginal(@TempDir Path work) throws Exception {
        HttpResponse<byte[]> backup = download("/api/event-log/backup", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        assertThat(backup.statusCode()).isEqualTo(200);
        long upTo = Long.parseLong(backup.headers().firstValue("X-Event-Log-Up-To").orElseThrow());
        assertThat(backup.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("saferboard-event-log-" + upTo + ".ndjson.gz");
        Path file = Files.write(work.resolve("backup.ndjson.gz"), backup.body());
        awaitReadModelsCaughtUp(port);

        String restoredDatabase = TestMongo.newDatabaseName();
        try (ConfigurableApplicationContext restored = SplitProcesses.start(new SpringApplicationBuilder(StandaloneApplication.class)
                .properties("restore=" + file), restoredDatabase)) {
            Http restoredHttp = SplitProcesses.http(restored);
            awaitReadModelsCaughtUp(SplitProcesses.port(restored));
            try (MongoClient client = MongoClients.create(TestMongo.uri())) {
                MongoDatabase copy = client.getDatabase(restoredDatabase);
                Set<String> readModels = readModelNames(database);
                assertThat(readModels).contains("action_log_v4", "meeting_view", "review_view", "dhr_fund_ledger_v2", "audit_trail");
                assertThat(readModelNames(copy)).isEqualTo(readModels);
                for (String readModel : readModels) {
                    assertThat(documents(copy, readModel)).as(readModel + " restored from the backup").isEqualTo(documents(database, readModel));
                }
                for (String read : List.of("/api/meetings/" + SEPTEMBER, "/api/meetings/" + SEPTEMBER + "/action-log",
                        "/api/reviews/dhr-mary", "/api/dhr-funds/llr-dhr-fund/ledger", "/api/actions?size=200")) {
                    assertThat(restoredHttp.get(read).body()).as(read).isEqualTo(http.get(read).body());
                }
                assertThat(restoredHttp.get("/api/event-log/verification").body().get("summary").asText())
                        .startsWith("verified " + copy.getCollection("events").countDocuments() + " events");

                Document altered = copy.getCollection("events").find(Filters.eq("globalIndex", 20L)).first();
                copy.getCollection("events").updateOne(Filters.eq("_id", altered.get("_id")),
                        Updates.set("payload", altered.getString("payload").replaceFirst("\"[^\"]*\"\\s*}$", "\"altered\"}")));
                JsonNode broken = restoredHttp.get("/api/event-log/verification").body();
                assertThat(broken.get("intact").asBoolean()).isFalse();
                assertThat(broken.get("brokenLink").get("kind").asText()).isEqualTo("EDITED");
                assertThat(broken.get("brokenLink").get("index").asLong()).isEqualTo(20);
                assertThat(broken.get("brokenLink").get("eventId").asText()).isEqualTo(altered.getString("eventIdentifier"));
                assertThat(broken.get("brokenLink").get("caseId").asText()).isEqualTo(altered.getString("aggregateIdentifier"));
            }
        }
        assertThat(eventCount()).isGreaterThanOrEqualTo(upTo);
    }

    @Test
    void aRestoreIntoADatabaseThatHoldsEventsIsRefusedAndTouchesNothing(@TempDir Path work) throws Exception {
        Path file = Files.write(work.resolve("backup.ndjson.gz"),
                download("/api/event-log/backup", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).body());
        String databaseName = TestMongo.newDatabaseName();
        try (ConfigurableApplicationContext other = SplitProcesses.start(new SpringApplicationBuilder(StandaloneApplication.class),
                databaseName)) {
            assertThat(Http.admin(SplitProcesses.port(other)).post("/api/users", TestUsers.testerBody()).status()).isEqualTo(201);
            assertThat(new Http(SplitProcesses.port(other)).post("/api/actions", """
                    {"actionId": "already-here", "title": "An action recorded before the restore", "ownerName": "Chris Barratt",
                     "owningAgency": "Leicestershire Police", "dueDate": "2019-12-06",
                     "source": {"kind": "AD_HOC", "reference": "a test"}}""").status()).isEqualTo(201);
        }
        List<Document> before;
        try (MongoClient client = MongoClients.create(TestMongo.uri())) {
            before = withoutChain(documents(client.getDatabase(databaseName), "events"));
        }

        Throwable refused = null;
        try (ConfigurableApplicationContext ignored = SplitProcesses.start(new SpringApplicationBuilder(StandaloneApplication.class)
                .properties("restore=" + file), databaseName)) {
            // not reached: the start is refused
        } catch (RuntimeException e) {
            refused = e;
        }

        assertThat(refused).isNotNull();
        assertThat(rootMessage(refused)).contains("the event log already holds events");
        try (MongoClient client = MongoClients.create(TestMongo.uri())) {
            // the chain keeper of either app may have chained the event meanwhile: that is its own work, not the restore's
            assertThat(withoutChain(documents(client.getDatabase(databaseName), "events"))).isEqualTo(before);
        }
    }

    private static List<Document> withoutChain(List<Document> events) {
        events.forEach(event -> event.remove("chain"));
        return events;
    }

    private static String rootMessage(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static void awaitReadModelsCaughtUp(int port) {
        Http admin = Http.admin(port);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode progress = admin.get("/api/read-models").body().get("readModels");
            assertThat(progress).isNotEmpty();
            progress.forEach(readModel -> assertThat(readModel.get("eventsDone").asLong()).as(readModel.toString())
                    .isEqualTo(readModel.get("head").asLong()));
        });
        // a read model's writes go out at the end of each batch: a last read after the positions match
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
    }

    private static Set<String> readModelNames(MongoDatabase database) {
        Set<String> names = new TreeSet<>(database.listCollectionNames().into(new ArrayList<>()));
        names.removeAll(NOT_READ_MODELS);
        return names;
    }

    private static List<Document> documents(MongoDatabase database, String collection) {
        return database.getCollection(collection).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    private HttpResponse<byte[]> download(String path, String username, String password) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", Http.basic(username, password)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
