package org.saferboard.standalone;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.command.CommandSideApplication;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestMongo;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two command-side processes write to one event store. Writes to one action at the same moment are
 * settled by the store's unique (case, sequence) index; a write that states no version is retried on
 * such a conflict until it lands, and only a stated version that is stale is the client's 409.
 */
class ConcurrentWritersIT {

    private static final int NOTES = 40;

    private String databaseName;
    private ConfigurableApplicationContext firstWriter;
    private ConfigurableApplicationContext secondWriter;

    @BeforeEach
    void startTwoWriters() {
        databaseName = TestMongo.newDatabaseName();
        firstWriter = SplitProcesses.start(new SpringApplicationBuilder(CommandSideApplication.class), databaseName);
        secondWriter = SplitProcesses.start(new SpringApplicationBuilder(CommandSideApplication.class), databaseName);
    }

    @AfterEach
    void stopWriters() {
        secondWriter.close();
        firstWriter.close();
    }

    @Test
    void notesSentAtOnceToOneActionFromTwoWritersAllLand() throws Exception {
        assertThat(SplitProcesses.http(firstWriter).post("/api/actions", """
                {"actionId":"busy","title":"Agree the Prevent delivery plan","ownerName":"Rik Basra",
                 "owningAgency":"Leicestershire County Council","dueDate":"2026-12-31",
                 "source":{"kind":"AD_HOC","reference":"e-mail"}}""").status()).isEqualTo(201);

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (int note = 0; note < NOTES; note++) {
            ConfigurableApplicationContext writer = note % 2 == 0 ? firstWriter : secondWriter;
            String body = "{\"note\":\"Note " + note + "\"}";
            answers.add(clients.submit(() -> SplitProcesses.http(writer).post("/api/actions/busy/progress", body)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Http.Response> answer : answers) {
            statuses.add(answer.get().status());
        }
        clients.shutdown();

        assertThat(statuses).as("answers to notes that state no version").containsOnly(200);
        try (MongoClient client = MongoClients.create(TestMongo.uri())) {
            assertThat(client.getDatabase(databaseName).getCollection("events").countDocuments(eq("aggregateIdentifier", "busy")))
                    .isEqualTo(NOTES + 1);
        }
        Http.Response stale = SplitProcesses.http(secondWriter).post("/api/actions/busy/progress", "{\"note\":\"Late\"}",
                Map.of("If-Match", "\"5\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("ETag")).isEqualTo("\"" + (NOTES + 1) + "\"");
    }
}
