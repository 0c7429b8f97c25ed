package org.saferboard.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferboard.infrastructure.eventstore.EventStoreTestSupport.event;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.infrastructure.eventstore.EventStoreTestSupport.Noted;
import org.saferboard.infrastructure.eventstore.EventStoreTestSupport.Reader;
import org.saferboard.testing.TestMongo;

/**
 * An event that becomes visible after a reader has moved past its timestamp window: axon-mongo's
 * engine never delivers it; the global-index engine does.
 */
class TimestampWindowLossTest {

    private static final Duration SLOW_WRITE = Duration.ofMinutes(10);

    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongo.uri());
        database = client.getDatabase(TestMongo.newDatabaseName());
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    /** An event whose timestamp was taken when its command started, long before it was stored. */
    private static DomainEventMessage<Noted> slowWritersEvent(Instant createdAt) {
        return new GenericDomainEventMessage<>("Action", "slow", 0, new Noted("slow writer"), Map.of(),
                UUID.randomUUID().toString(), createdAt);
    }

    @Test
    void axonMongoEngineNeverDeliversAnEventStoredAfterItsWindow() {
        MongoEventStorageEngine legacy = EventStorageEngines.axonMongo(database);
        Instant slowCommandStarted = Instant.now().minus(SLOW_WRITE);
        legacy.appendEvents(event("fast", 0, "fast writer"));
        Reader reader = new Reader(legacy);
        reader.poll();

        legacy.appendEvents(slowWritersEvent(slowCommandStarted));

        assertThat(reader.poll()).isEmpty();
        assertThat(reader.seenPayloads()).containsExactly(new Noted("fast writer"));
        assertThat(legacy.readEvents("slow").asStream().count()).as("the event is stored, just never tracked").isEqualTo(1);
    }

    @Test
    void globalIndexEngineDeliversTheSameLateEvent() {
        GlobalSequenceEventStorageEngine engine = EventStoreTestSupport.globalSequenceEngine(database,
                java.time.Clock.systemUTC(), Duration.ofSeconds(60), 100);
        Instant slowCommandStarted = Instant.now().minus(SLOW_WRITE);
        long slowWritersIndex = engine.reserveGlobalIndexes(1);
        engine.appendEvents(event("fast", 0, "fast writer"));
        Reader reader = new Reader(engine);
        reader.poll();

        EventStoreTestSupport.storeLate(engine, slowWritersEvent(slowCommandStarted), slowWritersIndex, Instant.now());

        assertThat(reader.poll()).containsExactly(new Noted("slow writer"));
        assertThat(reader.seenPayloads()).containsExactly(new Noted("fast writer"), new Noted("slow writer"));
    }
}
