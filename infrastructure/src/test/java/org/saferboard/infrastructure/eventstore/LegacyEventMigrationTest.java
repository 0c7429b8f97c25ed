package org.saferboard.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.infrastructure.eventstore.EventStoreTestSupport.Noted;
import org.saferboard.infrastructure.eventstore.EventStoreTestSupport.Reader;
import org.saferboard.testing.TestMongo;

class LegacyEventMigrationTest {

    private static final Instant START = Instant.parse("2015-03-19T10:00:00Z");
    private static final int LEGACY_EVENTS = 1_234;

    private MongoClient client;
    private MongoDatabase database;
    private GlobalSequenceEventStorageEngine engine;
    private List<Noted> legacyOrder;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongo.uri());
        database = client.getDatabase(TestMongo.newDatabaseName());
        MongoEventStorageEngine legacy = EventStorageEngines.axonMongo(database);
        // three aggregates written in interleaved order, one second apart
        legacyOrder = new ArrayList<>();
        for (int i = 0; i < LEGACY_EVENTS; i++) {
            String aggregate = "a-" + (i % 3);
            Noted payload = new Noted("event " + i);
            legacy.appendEvents(new GenericDomainEventMessage<>("Action", aggregate, i / 3, payload, Map.of("by", "secretariat"),
                    UUID.randomUUID().toString(), START.plusSeconds(i)));
            legacyOrder.add(payload);
        }
        database.getCollection(LegacyEventMigration.TRACKING_TOKENS).insertOne(new Document("processorName", "action-log"));
        engine = EventStoreTestSupport.globalSequenceEngine(database, Clock.systemUTC(), Duration.ofSeconds(60), 100);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private LegacyEventMigration migration() {
        return new LegacyEventMigration(database, engine, Clock.systemUTC());
    }

    private List<Object> trackedPayloads() {
        Reader reader = new Reader(engine);
        while (!reader.poll().isEmpty()) {
            // read to the end
        }
        return reader.seenPayloads();
    }

    @Test
    void movesEveryEventInTheOldStreamOrder() {
        assertThat(migration().migrate()).isEqualTo(LEGACY_EVENTS);

        assertThat(trackedPayloads()).containsExactlyElementsOf(legacyOrder);
        DomainEventMessage<?> first = engine.readEvents("a-1").next();
        assertThat(first.getPayload()).isEqualTo(new Noted("event 1"));
        assertThat(first.getMetaData()).containsEntry("by", "secretariat");
        assertThat(first.getTimestamp()).isEqualTo(START.plusSeconds(1));
        assertThat(engine.lastSequenceNumberFor("a-0")).contains((long) (LEGACY_EVENTS - 1) / 3);
        assertThat(database.getCollection(LegacyEventMigration.TRACKING_TOKENS).countDocuments()).isZero();
    }

    @Test
    void aSecondRunChangesNothing() {
        migration().migrate();

        assertThat(migration().migrate()).isZero();
        assertThat(trackedPayloads()).hasSize(LEGACY_EVENTS);
    }

    @Test
    void aRunThatStoppedHalfWayIsFinishedByTheNext() {
        LegacyEventMigration interrupted = migration();
        assertThat(interrupted.migrate(700)).isEqualTo(700);
        assertThat(database.getCollection(LegacyEventMigration.MIGRATIONS).countDocuments()).isZero();

        assertThat(migration().migrate()).isEqualTo(LEGACY_EVENTS - 700);

        assertThat(trackedPayloads()).containsExactlyElementsOf(legacyOrder);
    }

    @Test
    void nothingToMoveIsNotAnError() {
        MongoDatabase empty = client.getDatabase(TestMongo.newDatabaseName());
        GlobalSequenceEventStorageEngine emptyEngine = EventStoreTestSupport.globalSequenceEngine(empty, Clock.systemUTC(),
                Duration.ofSeconds(60), 100);

        assertThat(new LegacyEventMigration(empty, emptyEngine, Clock.systemUTC()).migrate()).isZero();
    }
}
