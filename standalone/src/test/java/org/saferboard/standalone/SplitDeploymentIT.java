package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.command.CommandSideApplication;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestMongo;
import org.saferboard.testing.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The split deployment: command side and query side as two Spring contexts on one MongoDB, sharing
 * nothing but the database. The query side only reads the event log.
 */
class SplitDeploymentIT {

    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(15);

    private String databaseName;
    private ConfigurableApplicationContext commandSide;
    private ConfigurableApplicationContext querySide;
    private MongoClient client;

    @BeforeEach
    void startBothSides() {
        databaseName = TestMongo.newDatabaseName();
        client = MongoClients.create(TestMongo.uri());
        commandSide = start(CommandSideApplication.class);
        querySide = SplitProcesses.startQuerySide(databaseName, Map.of());
        // the tester is created through the command side's administrators' API; the query side shares the users
        assertThat(http(commandSide).get("/actuator/health").status()).isEqualTo(200);
    }

    @AfterEach
    void stopBothSides() {
        querySide.close();
        commandSide.close();
        client.close();
    }

    private ConfigurableApplicationContext start(Class<?> application) {
        return SplitProcesses.start(new SpringApplicationBuilder(application), databaseName);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return SplitProcesses.http(context);
    }

    private static String raiseBody(String actionId) {
        return """
                {"actionId":"%s","title":"Check the colour of the dashboard arrows with the Performance Team",
                 "ownerName":"Anita Chavda","owningAgency":"Leicestershire County Council","dueDate":"2025-06-30",
                 "source":{"kind":"MEETING_MINUTE","reference":"LSCSB 2025, agenda item 8"}}
                """.formatted(actionId);
    }

    @Test
    void commandOnTheWriteSideIsReadOnTheReadSide() {
        Http.Response raised = http(commandSide).post("/api/actions", raiseBody("arrows"));
        assertThat(raised.status()).isEqualTo(201);

        await().atMost(PROJECTION_WAIT).untilAsserted(() ->
                assertThat(http(querySide).get("/api/actions/arrows").status()).isEqualTo(200));
        assertThat(http(querySide).get("/api/actions/arrows").body().get("ownerName").asText()).isEqualTo("Anita Chavda");
        assertThat(http(querySide).get("/api/actions?readAfter=arrows@1").body().get("totalActions").asLong()).isEqualTo(1);
    }

    @Test
    void bothSidesCheckTheSameUsersTheSameWay() {
        int commandPort = SplitProcesses.port(commandSide);
        int queryPort = SplitProcesses.port(querySide);
        assertThat(Http.admin(commandPort).post("/api/users",
                TestUsers.newUser("split-officer", "Split Officer", "Leicestershire County Council", "OFFICER")).status()).isEqualTo(201);
        Http officerOnCommandSide = Http.as(commandPort, "split-officer", TestUsers.PASSWORD);
        Http officerOnQuerySide = Http.as(queryPort, "split-officer", TestUsers.PASSWORD);

        assertThat(Http.anonymous(commandPort).post("/api/actions", raiseBody("anonymous")).status()).isEqualTo(401);
        assertThat(Http.anonymous(queryPort).get("/api/actions").status()).isEqualTo(401);
        Http.Response wrongOnCommandSide = Http.as(commandPort, "split-officer", "not the password").post("/api/actions", raiseBody("w"));
        Http.Response wrongOnQuerySide = Http.as(queryPort, "split-officer", "not the password").get("/api/actions");
        assertThat(wrongOnCommandSide.status()).isEqualTo(401);
        assertThat(wrongOnQuerySide.body().get("detail")).isEqualTo(wrongOnCommandSide.body().get("detail"));
        assertThat(officerOnCommandSide.post("/api/actions", raiseBody("split-raised")).status()).isEqualTo(201);
        assertThat(officerOnCommandSide.post("/api/dhr-funds", "{}").status()).isEqualTo(403);
        assertThat(officerOnQuerySide.get("/api/actions").status()).isEqualTo(200);
        assertThat(officerOnQuerySide.get("/api/dhr-funds/any/ledger").status()).isEqualTo(403);
        // behind the gateway's TLS: the scheme it forwards makes the answer carry HSTS; plain HTTP does not
        assertThat(officerOnQuerySide.get("/api/actions", Map.of("X-Forwarded-Proto", "https")).header("Strict-Transport-Security"))
                .contains("max-age=");
        assertThat(officerOnQuerySide.get("/api/actions").header("Strict-Transport-Security")).isNull();
        await().atMost(PROJECTION_WAIT).untilAsserted(() -> assertThat(http(querySide).get("/api/audit-trail?caseId=split-raised").body()
                .at("/entries/0/whoInWords").asText()).isEqualTo("Split Officer (split-officer, OFFICER, Leicestershire County Council)"));
    }

    @Test
    void eachSideServesOnlyItsOwnMethods() {
        assertThat(http(querySide).post("/api/actions", raiseBody("wrong-side")).status()).isEqualTo(405);
        assertThat(http(commandSide).get("/api/actions").status()).isEqualTo(405);
        assertThat(http(commandSide).get("/actuator/health").body().get("status").asText()).isEqualTo("UP");
        assertThat(http(querySide).get("/actuator/health").body().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void restartedQuerySideResumesFromItsTokenWithoutReplaying() {
        http(commandSide).post("/api/actions", raiseBody("before-restart"));
        await().atMost(PROJECTION_WAIT).untilAsserted(() ->
                assertThat(http(querySide).get("/api/actions/before-restart").status()).isEqualTo(200));
        querySide.close();

        // A replay from the start would bring this document back; resuming from the token will not.
        MongoDatabase database = client.getDatabase(databaseName);
        database.getCollection(ActionLogProjection.COLLECTION).deleteOne(Filters.eq("_id", "before-restart"));
        http(commandSide).post("/api/actions", raiseBody("after-restart"));
        querySide = SplitProcesses.startQuerySide(databaseName, Map.of());

        await().atMost(PROJECTION_WAIT).untilAsserted(() ->
                assertThat(http(querySide).get("/api/actions/after-restart").status()).isEqualTo(200));
        assertThat(http(querySide).get("/api/actions/before-restart").status()).isEqualTo(404);
        // one token per segment, as many as the query side's processors are split into by default
        assertThat(database.getCollection("trackingtokens").countDocuments(Filters.eq("processorName", ActionLogProjection.PROCESSING_GROUP)))
                .isEqualTo(4);
    }
}
