package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.commands.RaiseAction;
import org.saferboard.command.action.Action;
import org.saferboard.infrastructure.security.SystemUser;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The standalone app over a real MongoDB wire connection: HTTP commands, then the read API. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"saferboard.read-after.timeout=PT1S", "saferboard.snapshots.action-threshold=5"})
@Import(OctoberFirst2019.class)
class StandaloneActionsIT extends StandaloneOverHttp {

    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(10);
    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    MongoDatabase database;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    CommandGateway commands;

    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private static String raiseBody(String actionId, String title, String dueDate) {
        return """
                {"actionId":"%s","title":"%s",
                 "description":"A member asked whether the 389 High Risk Offenders that IOM managed could be broken down into Districts.",
                 "ownerName":"Chris Barratt","owningAgency":"Leicestershire Police","dueDate":"%s",
                 "source":{"kind":"MEETING_MINUTE","reference":"LSCSB 20 September 2019, minute 28"}}
                """.formatted(actionId, title, dueDate);
    }

    private Http.Response raise(String actionId) {
        Http.Response response = http.post("/api/actions", raiseBody(actionId, "Break down high risk offenders by District", "2019-12-06"));
        assertThat(response.status()).isEqualTo(201);
        return response;
    }

    private long storedEvents(String actionId) {
        return database.getCollection("events").countDocuments(Filters.eq("aggregateIdentifier", actionId));
    }

    @Test
    void raiseUpdateCompleteAndReadTheHistory() {
        Http.Response raised = raise("iom-districts");
        assertThat(raised.header("Location")).isEqualTo("/api/actions/iom-districts");
        assertThat(raised.header("ETag")).isEqualTo("\"1\"");
        assertThat(raised.body().get("version").asLong()).isEqualTo(1);

        Http.Response progress = http.post("/api/actions/iom-districts/progress",
                "{\"note\":\"Breakdown drafted\",\"progressDate\":\"2019-09-30\"}", Map.of("If-Match", "\"1\""));
        Http.Response revised = http.post("/api/actions/iom-districts/due-date",
                "{\"dueDate\":\"2020-01-31\",\"reason\":\"Melton figures late\",\"expectedVersion\":2}");
        Http.Response completed = http.post("/api/actions/iom-districts/complete",
                "{\"outcome\":\"Breakdown circulated to members\"}", Map.of("If-Match", "\"3\""));

        assertThat(List.of(progress.status(), revised.status(), completed.status())).containsOnly(200);
        assertThat(completed.body().get("version").asLong()).isEqualTo(4);
        assertThat(completed.body().get("readAfter").asText()).isEqualTo("iom-districts@4");

        JsonNode action = http.get("/api/actions/iom-districts?readAfter=iom-districts@4").body();
        assertThat(action.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(action.get("dueDate").asText()).isEqualTo("2020-01-31");
        assertThat(action.get("outcome").asText()).isEqualTo("Breakdown circulated to members");
        List<String> changes = new ArrayList<>();
        action.get("history").forEach(entry -> changes.add(entry.get("change").asText()));
        assertThat(changes).containsExactly("ActionRaised", "ActionProgressRecorded", "ActionDueDateRevised", "ActionCompleted");
        assertThat(action.get("history").get(1).get("details").get("progressDate").asText()).isEqualTo("2019-09-30");
        assertThat(action.get("raisedAt").asText()).isEqualTo("2019-10-01T09:00:00Z");

        await().atMost(PROJECTION_WAIT).untilAsserted(() -> {
            JsonNode log = http.get("/api/actions?status=COMPLETED&owner=Chris%20Barratt").body();
            assertThat(log.get("actions").findValuesAsText("actionId")).contains("iom-districts");
        });
    }

    @Test
    void actionLogShowsOverdueAgainstToday() {
        http.post("/api/actions", raiseBody("overdue-one", "Provide DV statistics for County and Districts", "2019-09-30"));
        http.post("/api/actions", raiseBody("due-later", "Confirm the funding situation", "2019-10-01"));

        await().atMost(PROJECTION_WAIT).untilAsserted(() -> {
            JsonNode overdue = http.get("/api/actions?overdue=true&agency=Leicestershire%20Police").body();
            assertThat(overdue.get("actions").findValuesAsText("actionId")).contains("overdue-one").doesNotContain("due-later");
        });
        JsonNode log = http.get("/api/actions?sort=-dueDate&size=200&readAfter=due-later@1").body();
        List<String> order = log.get("actions").findValuesAsText("actionId");
        assertThat(order.indexOf("due-later")).isLessThan(order.indexOf("overdue-one"));
    }

    @Test
    void staleVersionIsRefusedAndChangesNothing() {
        raise("stale-check");
        http.post("/api/actions/stale-check/progress", "{\"note\":\"Chased\"}");

        Http.Response stale = http.post("/api/actions/stale-check/complete", "{\"outcome\":\"Done\"}",
                Map.of("If-Match", "\"1\""));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith(PROBLEM_JSON);
        assertThat(stale.body().get("code").asText()).isEqualTo("version-conflict");
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(stale.header("ETag")).isEqualTo("\"2\"");
        assertThat(storedEvents("stale-check")).isEqualTo(2);
        JsonNode action = http.get("/api/actions/stale-check?readAfter=stale-check@2").body();
        assertThat(action.get("status").asText()).isEqualTo("OPEN");
        assertThat(action.get("history")).hasSize(2);
    }

    @Test
    void ifMatchAndExpectedVersionMustAgree() {
        raise("two-versions");

        Http.Response response = http.post("/api/actions/two-versions/progress",
                "{\"note\":\"Chased\",\"expectedVersion\":1}", Map.of("If-Match", "\"2\""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("expectedVersion");
        assertThat(storedEvents("two-versions")).isEqualTo(1);
    }

    @Test
    void repeatingRaiseReturnsTheOriginalResult() {
        String body = raiseBody("retried", "Break down high risk offenders by District", "2019-12-06");

        Http.Response first = http.post("/api/actions", body);
        Http.Response again = http.post("/api/actions", body);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(storedEvents("retried")).isEqualTo(1);
    }

    @Test
    void reusingAnActionIdWithOtherContentIsAConflict() {
        raise("reused");

        Http.Response response = http.post("/api/actions", raiseBody("reused", "A different action", "2019-12-06"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.body().get("code").asText()).isEqualTo("action-id-in-use");
        assertThat(storedEvents("reused")).isEqualTo(1);
    }

    @Test
    void raiseWithoutActionIdGetsOneGenerated() {
        String body = raiseBody("x", "Ad hoc", "2019-12-06").replace("\"actionId\":\"x\",", "");

        Http.Response response = http.post("/api/actions", body);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("actionId").asText()).matches("[0-9a-f-]{36}");
    }

    @Test
    void invalidInputIsA400ThatNamesTheField() {
        Http.Response blankTitle = http.post("/api/actions", raiseBody("bad-title", " ", "2019-12-06"));
        Http.Response badDate = http.post("/api/actions", raiseBody("bad-date", "Title", "2019-13-45"));
        Http.Response badKind = http.post("/api/actions", raiseBody("bad-kind", "Title", "2019-12-06")
                .replace("MEETING_MINUTE", "MINUTE"));
        Http.Response badId = http.post("/api/actions", raiseBody("has space", "Title", "2019-12-06"));
        Http.Response noReference = http.post("/api/actions", raiseBody("no-ref", "Title", "2019-12-06")
                .replace("LSCSB 20 September 2019, minute 28", ""));
        Http.Response malformed = http.post("/api/actions", "{\"title\": ");

        assertThat(List.of(blankTitle, badDate, badKind, badId, noReference, malformed))
                .allSatisfy(response -> {
                    assertThat(response.status()).isEqualTo(400);
                    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
                });
        assertThat(firstField(blankTitle)).isEqualTo("title");
        assertThat(firstField(badDate)).isEqualTo("dueDate");
        assertThat(badDate.body().get("detail").asText()).contains("must be a date written yyyy-MM-dd");
        assertThat(firstField(badKind)).isEqualTo("source.kind");
        assertThat(firstField(badId)).isEqualTo("actionId");
        assertThat(firstField(noReference)).isEqualTo("source.reference");
        assertThat(malformed.body().get("code").asText()).isEqualTo("malformed-request");
        assertThat(storedEvents("bad-title") + storedEvents("no-ref")).isZero();
    }

    @Test
    void aCommandSentWithoutHttpIsCheckedByTheSameFieldRules() {
        // as the demo loader sends its commands, and a case sends another a command
        assertThatThrownBy(() -> SystemUser.runAs("Field rules test", () -> commands.sendAndWait(new RaiseAction("sent-direct", " ", null,
                "Chris Barratt", "Leicestershire Police", LocalDate.of(2019, 12, 6), new ActionSource(SourceKind.AD_HOC, null)))))
                .isInstanceOfSatisfying(JSR303ViolationException.class, refused -> assertThat(refused.getViolations())
                        .extracting(violation -> violation.getPropertyPath().toString()).containsExactly("title"));

        assertThat(storedEvents("sent-direct")).isZero();
    }

    @Test
    void missingReasonAndBadIfMatchAre400() {
        raise("needs-reason");

        Http.Response noReason = http.post("/api/actions/needs-reason/cancel", "{\"reason\":\"\"}");
        Http.Response badIfMatch = http.post("/api/actions/needs-reason/cancel", "{\"reason\":\"Superseded\"}",
                Map.of("If-Match", "yesterday"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(firstField(noReason)).isEqualTo("reason");
        assertThat(badIfMatch.status()).isEqualTo(400);
        assertThat(firstField(badIfMatch)).isEqualTo("If-Match");
        assertThat(storedEvents("needs-reason")).isEqualTo(1);
    }

    @Test
    void badQueryParametersAre400() {
        Http.Response badStatus = http.get("/api/actions?status=DONE");
        Http.Response badSize = http.get("/api/actions?size=0");
        Http.Response badSort = http.get("/api/actions?sort=title");
        Http.Response badReadAfter = http.get("/api/actions?readAfter=nonsense");

        assertThat(List.of(badStatus, badSize, badSort, badReadAfter)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        });
        assertThat(badStatus.body().get("detail").asText()).contains("OPEN, COMPLETED, CANCELLED");
        assertThat(firstField(badSize)).isEqualTo("size");
        assertThat(firstField(badSort)).isEqualTo("sort");
        assertThat(firstField(badReadAfter)).isEqualTo("readAfter");
    }

    @Test
    void unknownActionIs404OnBothApis() {
        Http.Response write = http.post("/api/actions/no-such-action/complete", "{\"outcome\":\"Done\"}");
        Http.Response read = http.get("/api/actions/no-such-action");

        assertThat(write.status()).isEqualTo(404);
        assertThat(write.contentType()).startsWith(PROBLEM_JSON);
        assertThat(write.body().get("code").asText()).isEqualTo("action-not-found");
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void refusedTransitionIs409() {
        raise("done-twice");
        http.post("/api/actions/done-twice/complete", "{\"outcome\":\"Done\"}");

        Http.Response again = http.post("/api/actions/done-twice/complete", "{\"outcome\":\"Done again\"}");
        Http.Response reviseCompleted = http.post("/api/actions/done-twice/due-date",
                "{\"dueDate\":\"2020-01-31\",\"reason\":\"Late\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("action-not-open");
        assertThat(reviseCompleted.status()).isEqualTo(409);
        assertThat(storedEvents("done-twice")).isEqualTo(2);
    }

    @Test
    void readAfterAPositionNotReachedInTimeIsA503() {
        TrackingEventProcessor actionLog = processing.eventProcessor(ActionLogProjection.PROCESSING_GROUP,
                TrackingEventProcessor.class).orElseThrow();
        actionLog.shutDown();
        Http.Response response;
        try {
            raise("not-yet");
            response = http.get("/api/actions/not-yet?readAfter=not-yet@1");
        } finally {
            actionLog.start();
        }

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("1");
        assertThat(response.body().get("code").asText()).isEqualTo("read-model-behind");
        assertThat(http.get("/api/actions/not-yet?readAfter=not-yet@1").status()).isEqualTo(200);
    }

    @Test
    void longHistoriesAreSnapshotted() {
        raise("long-history");
        for (int note = 1; note <= 6; note++) {
            assertThat(http.post("/api/actions/long-history/progress", "{\"note\":\"Chased " + note + "\"}").status())
                    .isEqualTo(200);
        }

        await().atMost(PROJECTION_WAIT).until(() -> database.getCollection("snapshots")
                .countDocuments(Filters.eq("aggregateIdentifier", "long-history")) > 0);
        Http.Response next = http.post("/api/actions/long-history/complete", "{\"outcome\":\"Done\"}",
                Map.of("If-Match", "\"7\""));

        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body().get("version").asLong()).isEqualTo(8);
        assertThat(http.get("/api/actions/long-history?readAfter=long-history@8").body().get("history")).hasSize(8);
    }

    /**
     * A snapshot taken before a field of the aggregate was added or changed meaning would be read with
     * that field missing or wrong; one of another shape than the aggregate's (a revision it does not
     * carry, as every snapshot taken before revisions did) is passed over and the action is loaded
     * from its events.
     */
    @Test
    void aSnapshotOfAnotherShapeIsPassedOverAndTheActionLoadedFromItsEvents() {
        raise("old-shape");
        for (int note = 1; note <= 6; note++) {
            assertThat(http.post("/api/actions/old-shape/progress", "{\"note\":\"Chased " + note + "\"}").status()).isEqualTo(200);
        }
        MongoCollection<Document> snapshots = database.getCollection("snapshots");
        await().atMost(PROJECTION_WAIT).until(() -> snapshots.countDocuments(Filters.eq("_id", "old-shape")) > 0);
        Document snapshot = snapshots.find(Filters.eq("_id", "old-shape")).first();
        assertThat(snapshot.getString("payloadRevision")).isEqualTo(Action.SNAPSHOT_SHAPE);
        String misread = snapshot.getString("payload").replace("\"status\":\"OPEN\"", "\"status\":\"COMPLETED\"");
        assertThat(misread).isNotEqualTo(snapshot.getString("payload"));
        snapshots.updateOne(Filters.eq("_id", "old-shape"),
                Updates.combine(Updates.set("payload", misread), Updates.set("payloadRevision", null)));

        Http.Response completed = http.post("/api/actions/old-shape/complete", "{\"outcome\":\"Done\"}", Map.of("If-Match", "\"7\""));

        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
        assertThat(completed.body().get("version").asLong()).isEqualTo(8);
    }

    @Test
    void describesBothApisWithSeedExamples() {
        Http.Response apiDocs = http.get("/v3/api-docs");

        assertThat(apiDocs.status()).isEqualTo(200);
        JsonNode paths = apiDocs.body().get("paths");
        assertThat(paths.has("/api/actions")).isTrue();
        assertThat(paths.get("/api/actions").has("get")).isTrue();
        assertThat(paths.get("/api/actions").has("post")).isTrue();
        assertThat(paths.has("/api/actions/{actionId}/complete")).isTrue();
        assertThat(apiDocs.body().toString()).contains("Chris Barratt", "LSCSB 20 September 2019, minute 28");
        List<String> completeParameters = new ArrayList<>();
        paths.get("/api/actions/{actionId}/complete").get("post").get("parameters")
                .forEach(parameter -> completeParameters.add(parameter.get("in").asText() + " " + parameter.get("name").asText()));
        assertThat(completeParameters).containsExactlyInAnyOrder("path actionId", "header If-Match");
        assertThat(apiDocs.body().get("info").get("description").asText())
                .as("every refusal code listed").contains("| action-not-open | 409 |", "| unknown-minute | 422 |");
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void healthIsUp() {
        Http.Response health = http.get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("UP");
    }

    private static String firstField(Http.Response response) {
        return response.body().get("errors").get(0).get("field").asText();
    }
}
