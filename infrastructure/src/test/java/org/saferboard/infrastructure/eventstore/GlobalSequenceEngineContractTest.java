package org.saferboard.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.eventsourcing.utils.EventStoreTestUtils.AGGREGATE;
import static org.axonframework.eventsourcing.utils.EventStoreTestUtils.createEvent;
import static org.axonframework.eventsourcing.utils.EventStoreTestUtils.createEvents;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngineTest;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.UnknownSerializedType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.testing.TestMongo;

/**
 * Axon's own contract for storage engines (its published BatchingEventStorageEngineTest and the
 * suites it extends), run against SaferBoard's engine as Axon's JDBC engine runs it, over a real wire
 * connection (mongo-java-server, or a real MongoDB when SAFERBOARD_TEST_MONGODB_URI is set). The
 * tests below the inherited ones are ported from Axon's JdbcEventStorageEngineTest, which is not
 * published; the store is edited through the driver where that test edits its table with SQL.
 */
class GlobalSequenceEngineContractTest
        extends BatchingEventStorageEngineTest<GlobalSequenceEventStorageEngine, GlobalSequenceEventStorageEngine.Builder> {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);

    private MongoDatabase database;
    private GlobalSequenceEventStorageEngine testSubject;

    @BeforeEach
    void setUp() {
        setTestSubject(testSubject = createEngine());
    }

    @Override
    protected GlobalSequenceEventStorageEngine createEngine(UnaryOperator<GlobalSequenceEventStorageEngine.Builder> customization) {
        database = TestMongo.newDatabase();
        GlobalSequenceEventStorageEngine.Builder builder = GlobalSequenceEventStorageEngine.builder()
                .database(database)
                .clock(Clock.systemUTC())
                .gapTimeout(GAP_TIMEOUT)
                .eventSerializer(AxonSerialization.serializer())
                .snapshotSerializer(AxonSerialization.serializer())
                .batchSize(100);
        GlobalSequenceEventStorageEngine engine = customization.apply(builder).build();
        engine.ensureIndexes();
        return engine;
    }

    private GlobalSequenceEventStorageEngine engineWithBatchSize(int batchSize) {
        return createEngine(builder -> builder.batchSize(batchSize));
    }

    private static List<Long> sequenceNumbers(GlobalSequenceEventStorageEngine engine, String aggregate) {
        return engine.readEvents(aggregate, 0L).asStream().map(DomainEventMessage::getSequenceNumber).toList();
    }

    @Test
    void storeTwoExactSameSnapshots() {
        testSubject.storeSnapshot(createEvent(1));
        testSubject.storeSnapshot(createEvent(1));

        assertThat(testSubject.readSnapshot(AGGREGATE)).isPresent();
    }

    @Test
    void loadLastSequenceNumber() {
        testSubject.appendEvents(createEvent("an-aggregate", 0), createEvent("an-aggregate", 1));

        assertThat(testSubject.lastSequenceNumberFor("an-aggregate")).contains(1L);
        assertThat(testSubject.lastSequenceNumberFor("inexistent")).isEmpty();
    }

    @Test
    void eventsWithUnknownPayloadTypeDoNotResultInError() {
        GlobalSequenceEventStorageEngine engine = engineWithBatchSize(2);
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            engine.appendEvents(createEvent(AGGREGATE, 1, "Payload1"), createEvent(AGGREGATE, 2, "Payload2"));
            database.getCollection(GlobalSequenceEventStorageEngine.EVENTS)
                    .updateMany(new org.bson.Document(), Updates.set(GlobalSequenceEventStorageEngine.PAYLOAD_TYPE, "unknown"));
            engine.appendEvents(createEvent(AGGREGATE, 3, "Payload3"), createEvent(AGGREGATE, 4, "Payload4"));

            assertThat(engine.readEvents(null, false).filter(message -> message.getPayload() instanceof String)
                    .map(message -> (String) message.getPayload())).containsExactly("Payload3", "Payload4");
            TrackingEventStream stream = eventStore.openStream(null);
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(nextPayloadType(stream)).isEqualTo(UnknownSerializedType.class);
            assertThat(nextPayloadType(stream)).isEqualTo(UnknownSerializedType.class);
            assertThat(nextPayload(stream)).isEqualTo("Payload3");
            assertThat(nextPayload(stream)).isEqualTo("Payload4");
        } finally {
            eventStore.shutDown();
        }
    }

    private static Class<?> nextPayloadType(TrackingEventStream stream) {
        try {
            return stream.nextAvailable().getPayloadType();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object nextPayload(TrackingEventStream stream) {
        try {
            return stream.nextAvailable().getPayload();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void streamCrossesConsecutiveGapsOfMoreThanBatchSuccessfully() {
        GlobalSequenceEventStorageEngine engine = engineWithBatchSize(10);
        engine.appendEvents(createEvents(100));
        database.getCollection(GlobalSequenceEventStorageEngine.EVENTS)
                .deleteMany(Filters.and(Filters.gte(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, 20L),
                        Filters.lt(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, 40L)));

        assertThat(engine.readEvents(null, false).count()).isEqualTo(80);
    }

    @Test
    void streamCrossesInitialConsecutiveGapsOfMoreThanBatchSuccessfully() {
        GlobalSequenceEventStorageEngine engine = engineWithBatchSize(10);
        engine.appendEvents(createEvents(100));
        // the first 20 events: global indexes start at 1 here, at 0 in the JDBC engine
        database.getCollection(GlobalSequenceEventStorageEngine.EVENTS)
                .deleteMany(Filters.lte(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, 20L));

        assertThat(engine.readEvents(null, false).count()).isEqualTo(80);
    }

    @Test
    void readEventsForAggregateReturnsTheCompleteStream() {
        GlobalSequenceEventStorageEngine engine = engineWithBatchSize(10);
        engine.appendEvents(createEvent(0), createEvent(1), createEvent(2), createEvent(3), createEvent(4));

        assertThat(sequenceNumbers(engine, AGGREGATE)).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void readEventsForAggregateWithGapsReturnsTheCompleteStream() {
        GlobalSequenceEventStorageEngine engine = engineWithBatchSize(10);
        engine.appendEvents(createEvent(0), createEvent(1), createEvent(3), createEvent(4));

        assertThat(sequenceNumbers(engine, AGGREGATE)).containsExactly(0L, 1L, 3L, 4L);
    }

    @Test
    void readEventsForAggregateWithEventsExceedingOneBatchReturnsTheCompleteStream() {
        GlobalSequenceEventStorageEngine engine = engineWithBatchSize(5);
        engine.appendEvents(createEvent(0), createEvent(1), createEvent(2), createEvent(3), createEvent(4), createEvent(5),
                createEvent(6), createEvent(7));

        assertThat(sequenceNumbers(engine, AGGREGATE)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void readEventsForAggregateWithEventsExceedingOneBatchAndGapsReturnsTheCompleteStream() {
        GlobalSequenceEventStorageEngine engine = engineWithBatchSize(5);
        engine.appendEvents(createEvent(0), createEvent(1), createEvent(3), createEvent(4), createEvent(5), createEvent(6),
                createEvent(7));

        assertThat(sequenceNumbers(engine, AGGREGATE)).containsExactly(0L, 1L, 3L, 4L, 5L, 6L, 7L);
    }

    // SaferBoard's own additions to the contract

    @Test
    void aGapLongerThanEveryLookupWindowIsCrossedAndAfterLaterAppends() {
        GlobalSequenceEventStorageEngine engine = engineWithBatchSize(5);
        engine.appendEvents(createEvent(0), createEvent(1));
        engine.appendEvents(createEvent(500));
        engine.appendEvents(createEvent(501));
        engine.appendEvents(createEvent("starts-late", 7));

        assertThat(sequenceNumbers(engine, AGGREGATE)).containsExactly(0L, 1L, 500L, 501L);
        assertThat(engine.readEvents(AGGREGATE, 2L).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(500L, 501L);
        assertThat(engine.lastSequenceNumberFor(AGGREGATE)).contains(501L);
        assertThat(sequenceNumbers(engine, "starts-late")).containsExactly(7L);
    }

    @Test
    void aRefusedAppendOfSeveralAggregatesLeavesNothingOfItStoredOrTracked() {
        testSubject.appendEvents(createEvent("second", 0));

        assertThatThrownBy(() -> testSubject.appendEvents(createEvent("first", 0), createEvent("first", 1),
                createEvent("second", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);

        assertThat(testSubject.readEvents("first").asStream()).isEmpty();
        assertThat(testSubject.readEvents(null, false).map(EventMessage::getPayload)).hasSize(1);
        testSubject.appendEvents(createEvent("first", 0, "again"));
        assertThat(testSubject.readEvents("first").asStream().map(event -> (Object) event.getPayload())).containsExactly("again");
    }

    @Test
    void aRefusedAppendIsAConcurrencyExceptionForAnExistingAggregate() {
        testSubject.appendEvents(createEvent("one", 0), createEvent("two", 0), createEvent("two", 1));

        assertThatThrownBy(() -> testSubject.appendEvents(createEvent("one", 1), createEvent("two", 1)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(testSubject.readEvents("one").asStream()).hasSize(1);
    }

    @Test
    void anEventOutsideAnyAggregateIsReadBackWithoutOne() {
        GenericEventMessage<String> applicationEvent = new GenericEventMessage<>("outside");
        testSubject.appendEvents(applicationEvent);

        List<? extends TrackedEventMessage<?>> read = testSubject.readEvents(null, false).toList();
        assertThat(read).singleElement().isNotInstanceOf(DomainEventMessage.class);
        assertThat(read.get(0).getIdentifier()).isEqualTo(applicationEvent.getIdentifier());
    }

    @Test
    void theTypeOfAnAggregateIsKnownByItsIdentifier() {
        testSubject.appendEvents(createEvent("Meeting", "e-1", "m-1", 0, "scheduled", org.axonframework.messaging.MetaData.emptyInstance()));

        assertThat(testSubject.aggregateTypeOf("m-1")).contains("Meeting");
        assertThat(testSubject.aggregateTypeOf("nobody")).isEmpty();
        assertThatThrownBy(() -> testSubject.appendEvents(
                createEvent("Action", "e-2", "m-1", 0, "raised", org.axonframework.messaging.MetaData.emptyInstance())))
                .isInstanceOfSatisfying(AggregateIdentifierInUse.class, inUse -> {
                    assertThat(inUse.existingType()).isEqualTo("Meeting");
                    assertThat(inUse.requestedType()).isEqualTo("Action");
                });
    }
}
