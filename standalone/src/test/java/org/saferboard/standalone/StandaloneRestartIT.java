package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferboard.infrastructure.mongo.MongoEndpoint;
import org.saferboard.infrastructure.mongo.SaferBoardMongoProperties;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default: no MongoDB URI, data in an H2 file that survives a restart. */
class StandaloneRestartIT {

    @TempDir
    Path dataDirectory;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StandaloneApplication.class).run(
                "--server.port=0",
                "--saferboard.mongodb.uri=",
                "--saferboard.mongodb.embedded.enabled=true",
                "--saferboard.mongodb.embedded.data-directory=" + dataDirectory,
                "--saferboard.security.secrets-directory=" + dataDirectory,
                "--saferboard.security.admin-password=" + TestUsers.ADMIN_PASSWORD);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /**
     * What the defect of earlier versions left behind: a tracking token stored past events whose
     * read-model writes were lost, and no checkpoint. The next start finds it and applies the events
     * again, so the read model gets back what it lacked.
     */
    @Test
    void aReadModelBehindItsTokenIsFoundAndRepairedAtStart() {
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            for (String actionId : List.of("kept", "lost")) {
                assertThat(http.post("/api/actions", """
                        {"actionId":"%s","title":"Provide DV statistics","ownerName":"James Fox",
                         "owningAgency":"Leicestershire County Council","dueDate":"2015-03-19","source":{"kind":"AD_HOC"}}"""
                        .formatted(actionId)).status()).isEqualTo(201);
            }
            assertThat(http.get("/api/actions/lost?readAfter=lost@1").status()).isEqualTo(200);
        }
        // done while no app runs, as the old versions left it: a stopping app stores its tokens with checkpoints
        try (MongoEndpoint stopped = MongoEndpoint.from(new SaferBoardMongoProperties(null, "saferboard",
                new SaferBoardMongoProperties.Embedded(true, dataDirectory)));
             MongoClient client = MongoClients.create(stopped.connectionString())) {
            MongoDatabase database = client.getDatabase("saferboard");
            assertThat(database.getCollection(ActionLogProjection.COLLECTION).deleteOne(Filters.eq("_id", "lost"))
                    .getDeletedCount()).isEqualTo(1);
            database.getCollection("projection_checkpoints").drop();
            stopped.durability().awaitDurable();
        }

        try (ConfigurableApplicationContext second = start()) {
            Http http = http(second);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(http.get("/api/actions/lost").status()).isEqualTo(200));
            assertThat(http.get("/api/actions?size=10").body().get("totalActions").asLong()).isEqualTo(2);
        }
    }

    @Test
    void actionsAndTheirHistorySurviveARestart() {
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            http.post("/api/actions", """
                    {"actionId":"survivor","title":"Provide Councillor Bokor with DV statistics","ownerName":"James Fox",
                     "owningAgency":"Leicestershire County Council","dueDate":"2015-03-19",
                     "source":{"kind":"MEETING_MINUTE","reference":"LSCSB 28 January 2015, minute 27"}}
                    """);
            http.post("/api/actions/survivor/complete", "{\"outcome\":\"Statistics sent\"}", Map.of("If-Match", "\"1\""));
            assertThat(http.get("/api/actions/survivor?readAfter=survivor@2").status()).isEqualTo(200);
        }
        assertThat(Files.exists(dataDirectory.resolve("saferboard.mv"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            Http http = http(second);
            Http.Response action = http.get("/api/actions/survivor");
            assertThat(action.status()).isEqualTo(200);
            assertThat(action.body().get("status").asText()).isEqualTo("COMPLETED");
            assertThat(action.body().get("history")).hasSize(2);

            Http.Response reopened = http.post("/api/actions/survivor/reopen", "{\"reason\":\"Districts missing\"}",
                    Map.of("If-Match", "\"2\""));
            assertThat(reopened.status()).isEqualTo(200);
            assertThat(reopened.body().get("version").asLong()).isEqualTo(3);
        }
    }
}
