package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferboard.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every read model stands on its own: with the demo board loaded, each processing group in turn is
 * reset and replayed from the start of the event log while the others keep running, and what it then
 * holds is exactly what it held before. The events are replayed as earlier versions stored them,
 * under their classes' former names (before the events packages), so the replays also show every
 * event read through the upcaster that renames them.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        args = "--demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayEachReadModelAloneIT extends StandaloneOverHttp {

    /** The collections each processing group writes; a group missing here fails the test. */
    private static final Map<String, List<String>> READ_MODELS = Map.of(
            "action-log-v4", List.of("action_log_v4", "action_history", "action_log_keys_v4"),
            "meeting-view", List.of("meeting_view"),
            "meeting-action-log-v2", List.of("meeting_action_log_meetings_v2", "meeting_action_log_actions_v2"),
            "review-view", List.of("review_view"),
            "dhr-fund-ledger-v2", List.of("dhr_fund_ledger_v2"),
            "performance-dashboard", List.of("performance_outcomes"),
            "audit-trail", List.of("audit_trail"));
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    MongoDatabase database;

    private Map<String, List<Document>> readModel(String processingGroup) {
        Map<String, List<Document>> documents = new LinkedHashMap<>();
        for (String collection : READ_MODELS.get(processingGroup)) {
            documents.put(collection, database.getCollection(collection).find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        }
        return documents;
    }

    /**
     * Caught up with the event log, and past the position a reset started from (Axon calls a processor
     * replaying until an event after that position arrives, so "at it" counts).
     */
    private static boolean caughtUp(TrackingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(segment -> segment.isCaughtUp()
                && (!segment.isReplaying() || segment.getCurrentPosition().orElse(-1) >= segment.getResetPosition().orElse(0)));
    }

    /**
     * As stored before each context's events moved to its events package: e.g.
     * org.saferboard.api.action.ActionRaised for what is now org.saferboard.api.action.events.ActionRaised.
     */
    private void storeUnderFormerNames() {
        MongoCollection<Document> events = database.getCollection("events");
        long renamed = 0;
        for (Document event : events.find().into(new ArrayList<>())) {
            String type = event.getString("payloadType");
            if (type != null && type.matches("org\\.saferboard\\.api\\.(?:action|meeting|dhr)\\.events\\.\\w+")) {
                events.updateOne(new Document("_id", event.get("_id")),
                        new Document("$set", new Document("payloadType", type.replace(".events.", "."))));
                renamed++;
            }
        }
        assertThat(renamed).as("every event of the demo, the review and the fund").isGreaterThan(100);
    }

    /** The demo board has no DHR: one review with an action, and a fund that pays for it. */
    private static void reviewAndFund(Http http) {
        for (Http.Response response : List.of(
                http.post("/api/reviews", """
                        {"reviewId":"r-mary","caseReference":"LR-DHR-2019-07","pseudonym":"Mary","dateOfDeath":"2019-05-02",
                         "notifiedOn":"2019-05-09","notifyingAgency":"Leicestershire Police","area":"Charnwood"}"""),
                http.post("/api/reviews/r-mary/decision", """
                        {"holdReview":true,"rationale":"Meets the statutory criteria","decidedOn":"2019-05-20"}"""),
                http.post("/api/reviews/r-mary/actions", """
                        {"actionId":"r-mary-dash","plan":"SINGLE_AGENCY","title":"Confirm DASH training",
                         "ownerName":"Service manager","leadAgency":"Swanswell","dueDate":"2019-12-10"}"""),
                http.post("/api/dhr-funds", """
                        {"fundId":"r-fund","name":"LLR DHR fund","openedOn":"2019-04-01","openingBalance":"5000.00"}"""),
                http.put("/api/dhr-funds/r-fund/contributions/2019-20", """
                        {"contributions":[{"partner":"Leicestershire Police","amount":"1600.00"}],"resolutionReference":"Minute 7"}"""),
                http.post("/api/dhr-funds/r-fund/allocations", """
                        {"allocationId":"r-allocation","amount":"300.00","purpose":"REVIEW","reviewId":"r-mary",
                         "description":"Chair's fee","resolutionReference":"Minute 30"}"""))) {
            assertThat(response.status()).as(response.body().toString()).isBetween(200, 201);
        }
    }

    @Test
    void eachProcessingGroupResetAloneRebuildsWhatItHeld() throws Exception {
        Http http = new Http(port);
        // the demo's last change raises the legal highs report action at the September meeting
        await().atMost(WAIT).untilAsserted(() -> assertThat(http.get("/api/actions/lscsb-2015-09-17-m50-report").status())
                .isEqualTo(200));
        reviewAndFund(http);
        assertThat(processing.eventProcessors().keySet()).as("every processing group of the app").isEqualTo(READ_MODELS.keySet());
        await().atMost(WAIT).until(() -> processing.eventProcessors().values().stream()
                .allMatch(processor -> caughtUp((TrackingEventProcessor) processor)));

        storeUnderFormerNames();
        assertThat(http.post("/api/actions/lscsb-2015-09-17-m50-report/progress", "{\"note\":\"Draft circulated\"}").status())
                .as("an action whose events are stored under their former names still loads").isEqualTo(200);
        await().atMost(WAIT).until(() -> processing.eventProcessors().values().stream()
                .allMatch(processor -> caughtUp((TrackingEventProcessor) processor)));

        for (String processingGroup : READ_MODELS.keySet()) {
            Map<String, List<Document>> live = readModel(processingGroup);
            assertThat(live.values()).as(processingGroup + " holds the demo").allSatisfy(documents -> assertThat(documents).isNotEmpty());
            TrackingEventProcessor processor = processing.eventProcessor(processingGroup, TrackingEventProcessor.class).orElseThrow();

            processor.shutdownAsync().get();
            processor.resetTokens();
            assertThat(readModel(processingGroup).values()).as(processingGroup + " cleared by its reset")
                    .allSatisfy(documents -> assertThat(documents).isEmpty());
            processor.start();

            await().atMost(WAIT).untilAsserted(() -> assertThat(caughtUp(processor))
                    .as(processingGroup + " caught up after its reset: " + processor.processingStatus()).isTrue());
            assertThat(readModel(processingGroup)).as(processingGroup + " replayed alone").isEqualTo(live);
        }
    }
}
