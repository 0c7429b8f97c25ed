package org.saferboard.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saferboard.infrastructure.eventstore.EventStoreTestSupport.event;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.infrastructure.durability.Durability;
import org.saferboard.infrastructure.eventstore.EventLogBackup.RestoreRefused;
import org.saferboard.testing.MutableClock;
import org.saferboard.testing.TestMongo;

class EventLogBackupTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(Instant.parse("2015-06-18T10:00:00Z"));
    private MongoClient client;
    private MongoDatabase original;
    private MongoDatabase fresh;
    private GlobalSequenceEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongo.uri());
        original = client.getDatabase(TestMongo.newDatabaseName());
        fresh = client.getDatabase(TestMongo.newDatabaseName());
        engine = EventStoreTestSupport.globalSequenceEngine(original, clock, GAP_TIMEOUT, 100);
        for (int i = 0; i < 2_345; i++) {
            engine.appendEvents(event("action-" + (i % 7), i / 7, "note " + i));
        }
        // one append of two events: a commit
        engine.appendEvents(event("meeting-1", 0, "scheduled"), event("meeting-1", 1, "agenda"));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static EventLogBackup backupOf(MongoDatabase database) {
        EventChain chain = new EventChain(database, GAP_TIMEOUT, java.time.Clock.systemUTC(), null);
        return new EventLogBackup(database, chain, Durability.EVERY_WRITE_ACKNOWLEDGED_DURABLE, java.time.Clock.systemUTC());
    }

    private static byte[] backUp(MongoDatabase database) {
        EventLogBackup backup = backupOf(database);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        backup.write(backup.headToBackUp(), file, written -> { });
        return file.toByteArray();
    }

    private static List<Document> storedEvents(MongoDatabase database) {
        return database.getCollection(GlobalSequenceEventStorageEngine.EVENTS).find()
                .sort(Sorts.ascending(GlobalSequenceEventStorageEngine.GLOBAL_INDEX)).into(new ArrayList<>());
    }

    @Test
    void aRestoredBackupHoldsEveryEventAsStoredAndTheStoreGoesOnFromIt() {
        byte[] file = backUp(original);

        EventLogBackup.RestoreSummary restored = backupOf(fresh).restore(new ByteArrayInputStream(file), count -> { });

        assertThat(restored.events()).isEqualTo(2_347);
        assertThat(restored.upToIndex()).isEqualTo(2_347);
        assertThat(storedEvents(fresh)).isEqualTo(storedEvents(original));
        EventChain restoredChain = new EventChain(fresh, GAP_TIMEOUT, clock, null);
        assertThat(restoredChain.head().orElseThrow().hash()).isEqualTo(restored.head());
        assertThat(restoredChain.verify(List.of(), count -> { }).intact()).isTrue();
        assertThat(fresh.listCollectionNames().into(new ArrayList<>())).doesNotContain(EventLogBackup.STAGING);

        GlobalSequenceEventStorageEngine restoredEngine = EventStoreTestSupport.globalSequenceEngine(fresh, clock, GAP_TIMEOUT, 100);
        List<Object> meeting = restoredEngine.readEvents("meeting-1").asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
        assertThat(meeting).containsExactly(new EventStoreTestSupport.Noted("scheduled"), new EventStoreTestSupport.Noted("agenda"));
        restoredEngine.appendEvents(event("meeting-1", 2, "minutes"));
        assertThat(fresh.getCollection(GlobalSequenceEventStorageEngine.EVENTS)
                .find(Filters.eq(GlobalSequenceEventStorageEngine.AGGREGATE_IDENTIFIER, "meeting-1")).into(new ArrayList<>()))
                .extracting(document -> document.getLong(GlobalSequenceEventStorageEngine.GLOBAL_INDEX))
                .contains(2_348L);
        assertThat(restoredChain.extend()).isEqualTo(1);
    }

    @Test
    void aBackupIsOneHeaderLineOneLinePerEventAndAnEndLine() throws IOException {
        List<String> lines = lines(backUp(original));

        assertThat(lines).hasSize(2_349);
        assertThat(Document.parse(lines.get(0)).getString("format")).isEqualTo("saferboard-event-log");
        assertThat(Document.parse(lines.get(1)).getLong(GlobalSequenceEventStorageEngine.GLOBAL_INDEX)).isEqualTo(1L);
        assertThat(Document.parse(lines.get(2_348)).getLong("events")).isEqualTo(2_347L);
    }

    @Test
    void aBackupIsRestoredIntoAnEmptyLogOnly() {
        byte[] file = backUp(original);

        assertThatThrownBy(() -> backupOf(original).restore(new ByteArrayInputStream(file), count -> { }))
                .isInstanceOf(RestoreRefused.class).hasMessageContaining("only into an empty database");
        assertThat(storedEvents(original)).hasSize(2_347);
    }

    @Test
    void anAlteredEventIsRefusedByItsLineAndNothingIsLeftBehind() throws IOException {
        List<String> lines = lines(backUp(original));
        lines.set(1_001, lines.get(1_001).replace("note 1000", "note 9999"));

        assertThatThrownBy(() -> backupOf(fresh).restore(new ByteArrayInputStream(gzip(lines)), count -> { }))
                .isInstanceOf(RestoreRefused.class)
                .hasMessageStartingWith("Line 1002 of the backup: the event at index 1001")
                .hasMessageContaining("altered")
                .extracting(refused -> ((RestoreRefused) refused).line()).isEqualTo(1_002L);
        assertThat(storedEvents(fresh)).isEmpty();
        assertThat(fresh.listCollectionNames().into(new ArrayList<>())).doesNotContain(EventLogBackup.STAGING);
    }

    @Test
    void aMissingEventIsRefusedByItsLine() throws IOException {
        List<String> lines = lines(backUp(original));
        lines.remove(500);

        assertThatThrownBy(() -> backupOf(fresh).restore(new ByteArrayInputStream(gzip(lines)), count -> { }))
                .isInstanceOf(RestoreRefused.class)
                .hasMessage("Line 501 of the backup: the event at index 500 is missing: the event at index 501 follows it on the chain");
        assertThat(storedEvents(fresh)).isEmpty();
    }

    @Test
    void aFileCutShortIsRefused() throws IOException {
        List<String> lines = lines(backUp(original));

        assertThatThrownBy(() -> backupOf(fresh).restore(new ByteArrayInputStream(gzip(lines.subList(0, 2_000))), count -> { }))
                .isInstanceOf(RestoreRefused.class).hasMessage("Line 2001 of the backup: the file ends before its last line: it was cut short");
        byte[] file = backUp(original);
        byte[] cut = Arrays.copyOf(file, file.length / 2);
        assertThatThrownBy(() -> backupOf(fresh).restore(new ByteArrayInputStream(cut), count -> { }))
                .isInstanceOf(RestoreRefused.class).hasMessageContaining("damaged or cut short");
        assertThat(storedEvents(fresh)).isEmpty();
    }

    @Test
    void somethingOtherThanABackupIsRefused() throws IOException {
        assertThatThrownBy(() -> backupOf(fresh).restore(new ByteArrayInputStream(gzip(List.of("{\"name\": \"minutes\"}"))),
                count -> { }))
                .isInstanceOf(RestoreRefused.class).hasMessageContaining("Line 1 of the backup: this is not a SaferBoard event log backup");
        assertThatThrownBy(() -> backupOf(fresh).restore(new ByteArrayInputStream("plain text".getBytes(StandardCharsets.UTF_8)),
                count -> { }))
                .isInstanceOf(RestoreRefused.class).hasMessageContaining("damaged");
    }

    private static List<String> lines(byte[] file) throws IOException {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(file))) {
            return new ArrayList<>(Arrays.asList(new String(gzip.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
    }

    private static byte[] gzip(List<String> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
