package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.infrastructure.eventstore.EventStorageEngines;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestMongo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Read models rebuilt from the event log over the API while reads go on: every read model ends as it
 * was, document for document, the action log never answers fewer actions than it held while it is
 * rebuilt, and a cancelled rebuild leaves nothing behind.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
class RebuildIT {

    private static final int FILLER_ACTIONS = 4_000;
    private static final List<String> READ_MODELS = List.of("action_log_v4", "action_history", "action_log_keys_v4", "meeting_view", "review_view",
            "dhr_fund_ledger_v2", "meeting_action_log_meetings_v2", "meeting_action_log_actions_v2", "performance_outcomes", "audit_trail");

    @DynamicPropertySource
    static void storeFilledBeforeStart(DynamicPropertyRegistry registry) {
        String databaseName = TestMongo.newDatabaseName();
        TestMongo.properties(databaseName).forEach((name, value) -> registry.add(name, () -> value));
        try (MongoClient client = MongoClients.create(TestMongo.uri())) {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            for (int action = 0; action < FILLER_ACTIONS; action++) {
                String actionId = "filler-" + action;
                events.add(new GenericDomainEventMessage<>("Action", actionId, 0, new ActionRaised(actionId,
                        "Confirm the funding situation", null, "James Fox", "Leicestershire County Council",
                        LocalDate.of(2015, 6, 18), new ActionSource(SourceKind.AD_HOC, null), Instant.parse("2015-03-19T11:00:00Z"))));
            }
            EventStorageEngines.globalIndex(client.getDatabase(databaseName), Clock.systemUTC(), Duration.ofSeconds(60), 100)
                    .appendEvents(events);
        }
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private Http admin;
    private Http http;
    private long actionsBefore;

    @BeforeAll
    void readModelsCaughtUp() {
        admin = Http.admin(port);
        http = new Http(port);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(http.get("/api/actions/lscsb-2015-09-17-m50-report").status()).isEqualTo(200);
            admin.get("/api/read-models").body().get("readModels").forEach(readModel ->
                    assertThat(readModel.get("eventsDone").asLong()).as(readModel.toString()).isEqualTo(readModel.get("head").asLong()));
        });
        actionsBefore = http.get("/api/actions?size=1").body().get("totalActions").asLong();
        assertThat(actionsBefore).isGreaterThan(FILLER_ACTIONS);
    }

    private Map<String, List<Document>> readModels() {
        Map<String, List<Document>> documents = new HashMap<>();
        READ_MODELS.forEach(name -> documents.put(name, database.getCollection(name).find().sort(Sorts.ascending("_id"))
                .into(new ArrayList<>())));
        return documents;
    }

    private List<String> rebuildCollections() {
        return database.listCollectionNames().into(new ArrayList<>()).stream().filter(name -> name.startsWith("rebuild_")).toList();
    }

    @Test
    @Order(1)
    void everyReadModelRebuiltWhileReadsGoOnEndsAsItWas() {
        Map<String, List<Document>> before = readModels();

        Http.Response started = admin.post("/api/read-models/rebuild", "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.body().get("rebuilds").findValuesAsText("readModel")).contains("action-log-v4", "meeting-view",
                "review-view", "audit-trail");
        assertThat(admin.post("/api/read-models/rebuild", "").status()).as("a second rebuild while one runs").isEqualTo(409);

        List<Long> totalsWhileRebuilding = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            totalsWhileRebuilding.add(http.get("/api/actions?size=1").body().get("totalActions").asLong());
            JsonNode rebuilds = admin.get("/api/read-models").body().get("rebuilds");
            rebuilds.forEach(rebuild -> assertThat(rebuild.get("state").asText()).as(rebuild.toString()).isEqualTo("DONE"));
        });

        assertThat(totalsWhileRebuilding).hasSizeGreaterThan(3).allSatisfy(total -> assertThat(total).isEqualTo(actionsBefore));
        assertThat(rebuildCollections()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(readModels()).isEqualTo(before));
        assertThat(http.post("/api/actions", """
                {"actionId": "after-the-rebuild", "title": "Raised after the rebuild", "ownerName": "Chris Barratt",
                 "owningAgency": "Leicestershire Police", "dueDate": "2019-12-06", "source": {"kind": "AD_HOC", "reference": "a test"}}""")
                .status()).isEqualTo(201);
        assertThat(http.get("/api/actions/after-the-rebuild?readAfter=after-the-rebuild@1").status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void aCancelledRebuildLeavesTheCurrentReadModelsAndNothingElse() {
        Map<String, List<Document>> before = readModels();

        assertThat(admin.post("/api/read-models/rebuild?readModel=action-log-v4&readModel=audit-trail", "").status()).isEqualTo(202);
        assertThat(admin.post("/api/read-models/rebuild/cancel", "").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> admin.get("/api/read-models").body().get("rebuilds")
                .forEach(rebuild -> assertThat(rebuild.get("state").asText()).isIn("CANCELLED", "DONE")));
        assertThat(admin.get("/api/read-models").body().get("rebuilds").findValuesAsText("state")).contains("CANCELLED");
        assertThat(rebuildCollections()).isEmpty();
        assertThat(readModels()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void anUnknownReadModelIsRefusedByName() {
        Http.Response unknown = admin.post("/api/read-models/rebuild?readModel=minutes", "");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().toString()).contains("readModel").contains("action-log-v4");
        assertThat(http.post("/api/read-models/rebuild", "").status()).as("not an administrator").isEqualTo(403);
    }
}
