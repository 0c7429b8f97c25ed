package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.infrastructure.eventstore.EventStorageEngines;
import org.saferboard.standalone.maintenance.MaintenanceTasks;
import org.saferboard.testing.TestMongo;

/** The standalone jar's maintenance tasks, run as its main method runs them (without the exit). */
class MaintenanceTasksIT {

    private static final int ACTIONS = 300;

    private String databaseName;

    @BeforeEach
    void storeWithActions() {
        databaseName = TestMongo.newDatabaseName();
        try (MongoClient client = MongoClients.create(TestMongo.uri())) {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            for (int action = 0; action < ACTIONS; action++) {
                String actionId = "action-" + action;
                events.add(new GenericDomainEventMessage<>("Action", actionId, 0, new ActionRaised(actionId,
                        "Confirm the funding situation", null, "James Fox", "Leicestershire County Council",
                        LocalDate.of(2015, 6, 18), new ActionSource(SourceKind.AD_HOC, null), Instant.parse("2015-03-19T11:00:00Z"))));
            }
            EventStorageEngines.globalIndex(client.getDatabase(databaseName), Clock.systemUTC(), Duration.ofSeconds(60), 100)
                    .appendEvents(events);
        }
    }

    private record Run(Optional<Integer> exit, String output) {
    }

    private Run run(String... task) {
        String[] store = TestMongo.properties(databaseName).entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Optional<Integer> exit = MaintenanceTasks.runIfAsked(StandaloneApplication.class,
                Stream.concat(Stream.of(task), Stream.of(store)).toArray(String[]::new),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        return new Run(exit, output.toString(StandardCharsets.UTF_8));
    }

    @Test
    void verifyChainExitsZeroOnAnIntactLogAndOneNamingAnAlteredEvent() {
        Run intact = run("--verify-chain");

        assertThat(intact.exit()).contains(0);
        assertThat(intact.output()).startsWith("verified " + ACTIONS + " events, head ").contains(" at index " + ACTIONS);

        try (MongoClient client = MongoClients.create(TestMongo.uri())) {
            MongoDatabase database = client.getDatabase(databaseName);
            database.getCollection("events").updateOne(Filters.eq("globalIndex", 123L),
                    Updates.set("metaData", "{\"username\":\"someone-else\"}"));
        }
        Run altered = run("--verify-chain");

        assertThat(altered.exit()).contains(1);
        assertThat(altered.output()).startsWith("broken link at index 123 (event ").contains("case action-122): edited");
    }

    @Test
    void verifyChainConfirmsTheHeadsRecordedInMinutes() {
        String head = run("--verify-chain").output().replaceFirst("(?s)^verified \\d+ events, head ([0-9a-f]{64}) at index (\\d+).*",
                "$2:$1");

        Run confirmed = run("--verify-chain", "--head=" + head);
        Run notOnTheChain = run("--verify-chain", "--head=1:" + "0".repeat(64));
        Run unreadable = run("--verify-chain", "--head=the last one");

        assertThat(confirmed.exit()).contains(0);
        assertThat(confirmed.output()).contains("head " + head + ": on the chain at index " + ACTIONS);
        assertThat(notOnTheChain.exit()).contains(1);
        assertThat(notOnTheChain.output()).contains("not on the chain");
        assertThat(unreadable.exit()).contains(MaintenanceTasks.USAGE);
        assertThat(unreadable.output()).contains("index:hash");
    }

    @Test
    void backupWritesTheWholeLogAndNeverOverwritesAFile(@TempDir Path work) throws Exception {
        Path file = work.resolve("saferboard.ndjson.gz");

        Run backup = run("--backup=" + file);

        assertThat(backup.exit()).contains(0);
        assertThat(backup.output()).startsWith("Backed up " + ACTIONS + " events up to index " + ACTIONS);
        assertThat(Files.size(file)).isPositive();
        assertThat(work.resolve("saferboard.ndjson.gz.partial")).doesNotExist();
        byte[] written = Files.readAllBytes(file);

        Run again = run("--backup=" + file);

        assertThat(again.exit()).contains(MaintenanceTasks.USAGE);
        assertThat(again.output()).contains("the file exists");
        assertThat(Files.readAllBytes(file)).isEqualTo(written);
    }

    @Test
    void withoutATaskTheAppStartsAsUsual() {
        assertThat(MaintenanceTasks.runIfAsked(StandaloneApplication.class, new String[] {"--demo"}, System.out)).isEmpty();
    }
}
