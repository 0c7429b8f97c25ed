package org.saferboard.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saferboard.infrastructure.eventstore.EventStoreTestSupport.event;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferboard.infrastructure.durability.Durability;
import org.saferboard.infrastructure.durability.EventJournal;
import org.saferboard.infrastructure.eventstore.EventStoreTestSupport.Noted;
import org.saferboard.infrastructure.eventstore.EventStoreTestSupport.Reader;
import org.saferboard.testing.MutableClock;
import org.saferboard.testing.TestMongo;

class GlobalSequenceEventStorageEngineTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);
    private static final int BATCH_SIZE = 4;

    private final MutableClock clock = new MutableClock(Instant.parse("2015-06-18T10:00:00Z"));
    private MongoClient client;
    private MongoDatabase database;
    private GlobalSequenceEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongo.uri());
        database = client.getDatabase(TestMongo.newDatabaseName());
        engine = EventStoreTestSupport.globalSequenceEngine(database, clock, GAP_TIMEOUT, BATCH_SIZE);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private List<Object> aggregatePayloads(String aggregateId) {
        return engine.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }

    @Test
    void eventsOfAnAggregateReadBackInOrderAcrossBatches() {
        for (int sequence = 0; sequence < 10; sequence++) {
            engine.appendEvents(event("a-1", sequence, "note " + sequence));
        }
        engine.appendEvents(event("a-2", 0, "other"));

        assertThat(aggregatePayloads("a-1")).hasSize(10).first().isEqualTo(new Noted("note 0"));
        assertThat(aggregatePayloads("a-1")).last().isEqualTo(new Noted("note 9"));
        assertThat(engine.lastSequenceNumberFor("a-1")).contains(9L);
        assertThat(engine.lastSequenceNumberFor("unknown")).isEmpty();
    }

    @Test
    void aLongHistoryReadsBackWholeThroughGrowingLookupWindowsAndFullBatches() {
        GlobalSequenceEventStorageEngine largeBatches = EventStoreTestSupport.globalSequenceEngine(database, clock, GAP_TIMEOUT, 50);
        for (int sequence = 0; sequence < 123; sequence++) {
            largeBatches.appendEvents(event("long", sequence, "note " + sequence));
        }

        List<Object> payloads = largeBatches.readEvents("long").asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
        assertThat(payloads).hasSize(123);
        for (int sequence = 0; sequence < 123; sequence++) {
            assertThat(payloads.get(sequence)).isEqualTo(new Noted("note " + sequence));
        }
        assertThat(largeBatches.readEvents("long", 117).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(117L, 118L, 119L, 120L, 121L, 122L);
        assertThat(largeBatches.lastSequenceNumberFor("long")).contains(122L);
    }

    @Test
    void aSecondWriteOfTheSameSequenceNumberIsRefusedAndChangesNothing() {
        engine.appendEvents(event("a-1", 0, "raised"), event("a-1", 1, "first writer"));

        assertThatThrownBy(() -> engine.appendEvents(event("a-1", 1, "second writer"), event("a-1", 2, "more")))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(aggregatePayloads("a-1")).containsExactly(new Noted("raised"), new Noted("first writer"));
    }

    @Test
    void trackingFollowsTheGlobalIndexAcrossAggregates() {
        engine.appendEvents(event("a-1", 0, "one"), event("a-2", 0, "two"));
        engine.appendEvents(event("a-1", 1, "three"));
        engine.appendEvents(GenericEventMessage.asEventMessage(new Noted("outside any aggregate")));
        Reader reader = new Reader(engine);

        assertThat(reader.poll()).containsExactly(new Noted("one"), new Noted("two"), new Noted("three"),
                new Noted("outside any aggregate"));
        assertThat(reader.token).isEqualTo(GapAwareTrackingToken.newInstance(4, List.of()));
        assertThat(reader.poll()).isEmpty();
    }

    @Test
    void anEventReservedEarlierButStoredLaterIsStillDelivered() {
        long slowWritersIndex = engine.reserveGlobalIndexes(1);
        engine.appendEvents(event("fast", 0, "fast writer"));
        Reader reader = new Reader(engine);
        assertThat(reader.poll()).containsExactly(new Noted("fast writer"));
        assertThat(((GapAwareTrackingToken) reader.token).getGaps()).containsExactly(slowWritersIndex);

        clock.advance(Duration.ofSeconds(30));
        EventStoreTestSupport.storeLate(engine, event("slow", 0, "slow writer"), slowWritersIndex, clock.instant());

        assertThat(reader.poll()).containsExactly(new Noted("slow writer"));
        assertThat(((GapAwareTrackingToken) reader.token).getGaps()).isEmpty();
        assertThat(reader.poll()).isEmpty();
        assertThat(reader.seenPayloads()).containsExactly(new Noted("fast writer"), new Noted("slow writer"));
    }

    @Test
    void aGapThatNeverFillsIsGivenUpAfterTheTimeout() {
        engine.reserveGlobalIndexes(1);
        engine.appendEvents(event("a-1", 0, "after the failed write"));
        Reader reader = new Reader(engine);
        reader.poll();

        clock.advance(GAP_TIMEOUT.minusSeconds(1));
        engine.appendEvents(event("a-1", 1, "still waiting"));
        reader.poll();
        assertThat(((GapAwareTrackingToken) reader.token).getGaps()).containsExactly(1L);

        clock.advance(Duration.ofSeconds(2));
        engine.appendEvents(event("a-1", 2, "given up"));
        reader.poll();
        assertThat(((GapAwareTrackingToken) reader.token).getGaps()).isEmpty();
        assertThat(reader.seenPayloads()).hasSize(3);
    }

    @Test
    void aRunOfFailedWritesLongerThanABatchDoesNotStopTheReader() {
        engine.reserveGlobalIndexes(BATCH_SIZE * 3);
        engine.appendEvents(event("a-1", 0, "after the hole"));
        Reader reader = new Reader(engine);

        assertThat(reader.poll()).containsExactly(new Noted("after the hole"));
        assertThat(((GapAwareTrackingToken) reader.token).getIndex()).isEqualTo(BATCH_SIZE * 3 + 1);
    }

    @Test
    void aReaderWaitingBehindARunOfFailedWritesSeesTheNextEvent() {
        for (int sequence = 0; sequence < BATCH_SIZE; sequence++) {
            engine.appendEvents(event("a-1", sequence, "note " + sequence));
        }
        engine.reserveGlobalIndexes(BATCH_SIZE);
        Reader reader = new Reader(engine);
        assertThat(reader.poll()).hasSize(BATCH_SIZE);
        assertThat(reader.poll()).as("only failed reservations so far").isEmpty();

        engine.appendEvents(event("a-1", BATCH_SIZE, "after the hole"));

        assertThat(reader.poll()).containsExactly(new Noted("after the hole"));
        assertThat(((GapAwareTrackingToken) reader.token).getIndex()).isEqualTo(BATCH_SIZE * 2 + 1);
    }

    @Test
    void refusedWriteLeavesAGapThatReadersStepOver() {
        engine.appendEvents(event("a-1", 0, "raised"));
        assertThatThrownBy(() -> engine.appendEvents(event("a-1", 0, "duplicate")))
                .isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(event("a-1", 1, "next"));

        assertThat(new Reader(engine).poll()).containsExactly(new Noted("raised"), new Noted("next"));
    }

    @Test
    void acknowledgedAppendsTheStoreLostArePutBackFromTheJournalAtTheNextStart(@TempDir Path journalDirectory) {
        GlobalSequenceEventStorageEngine journaled;
        try (EventJournal journal = new EventJournal(journalDirectory, Durability.EVERY_WRITE_ACKNOWLEDGED_DURABLE)) {
            journaled = journaledEngine(journal);
            journaled.appendEvents(event("a-1", 0, "raised"), event("a-2", 0, "raised too"));
            journaled.appendEvents(event("a-1", 1, "noted"));
        }
        // what a crash before the store wrote its pages out leaves: the events and the counter's last moves gone
        database.getCollection(GlobalSequenceEventStorageEngine.EVENTS).deleteMany(
                Filters.in("_id", List.of("a-2/0", "a-1/1")));
        database.getCollection(GlobalSequenceEventStorageEngine.SEQUENCES).updateOne(Filters.eq("_id", "globalIndex"),
                Updates.set("value", 1L));

        try (EventJournal journal = new EventJournal(journalDirectory, Durability.EVERY_WRITE_ACKNOWLEDGED_DURABLE)) {
            GlobalSequenceEventStorageEngine restarted = journaledEngine(journal);
            assertThat(restarted.restoreFromJournal()).isEqualTo(2);
            restarted.appendEvents(event("a-3", 0, "after the restart"));

            assertThat(new Reader(restarted).poll()).containsExactly(new Noted("raised"), new Noted("raised too"),
                    new Noted("noted"), new Noted("after the restart"));
            assertThat(restarted.restoreFromJournal()).as("nothing is put back twice").isZero();
        }
    }

    private GlobalSequenceEventStorageEngine journaledEngine(EventJournal journal) {
        GlobalSequenceEventStorageEngine journaled = GlobalSequenceEventStorageEngine.builder()
                .database(database)
                .clock(clock)
                .gapTimeout(GAP_TIMEOUT)
                .journal(journal)
                .eventSerializer(AxonSerialization.serializer())
                .snapshotSerializer(AxonSerialization.serializer())
                .build();
        journaled.ensureIndexes();
        return journaled;
    }

    @Test
    void theNewestSnapshotWins() {
        engine.appendEvents(event("a-1", 0, "raised"), event("a-1", 1, "b"), event("a-1", 2, "c"));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Action", "a-1", 2, new Noted("state at 2")));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Action", "a-1", 1, new Noted("older state")));

        DomainEventMessage<?> snapshot = engine.readSnapshot("a-1").orElseThrow();

        assertThat(snapshot.getSequenceNumber()).isEqualTo(2);
        assertThat(snapshot.getPayload()).isEqualTo(new Noted("state at 2"));
        assertThat(engine.readSnapshot("a-2")).isEmpty();
    }

    @Test
    void headTokenKeepsWritesInFlightAsGaps() {
        engine.appendEvents(event("a-1", 0, "stored"));
        long inFlight = engine.reserveGlobalIndexes(1);
        engine.appendEvents(event("a-1", 1, "stored after"));
        long stillInFlight = engine.reserveGlobalIndexes(1);

        GapAwareTrackingToken head = (GapAwareTrackingToken) engine.createHeadToken();

        assertThat(head.getIndex()).isEqualTo(stillInFlight - 1);
        assertThat(head.getGaps()).containsExactly(inFlight);
        assertThat(engine.createTailToken()).isNull();
    }

    @Test
    void tokenAtATimeStartsAtTheFirstEventWhoseOwnTimestampIsAtOrAfterIt() {
        Instant migrated = Instant.parse("2026-01-01T00:00:00Z");
        engine.appendEvents(eventAt("a-1", 0, "before", Instant.parse("2015-03-19T10:00:00Z")));
        engine.appendEvents(eventAt("a-1", 1, "after", Instant.parse("2015-06-18T10:00:00Z")));
        clock.advance(Duration.between(clock.instant(), migrated));
        Reader reader = new Reader(engine);
        reader.token = engine.createTokenAt(Instant.parse("2015-06-01T00:00:00Z"));

        assertThat(reader.poll()).as("the time an event was stored does not count").containsExactly(new Noted("after"));
    }

    private static DomainEventMessage<Noted> eventAt(String aggregateId, long sequenceNumber, String text, Instant timestamp) {
        return new GenericDomainEventMessage<>("Action", aggregateId, sequenceNumber, new Noted(text), MetaData.emptyInstance(),
                java.util.UUID.randomUUID().toString(), timestamp);
    }
}
