package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferboard.testing.Http;
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
                "--saferboard.mongodb.embedded.data-directory=" + dataDirectory);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
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
