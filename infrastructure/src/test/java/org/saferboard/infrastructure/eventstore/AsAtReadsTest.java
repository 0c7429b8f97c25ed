package org.saferboard.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.infrastructure.eventstore.EventStoreTestSupport.Noted;
import org.saferboard.testing.MutableClock;
import org.saferboard.testing.TestMongo;

/** The reads of the log as it stood at an instant: the position then, one case's events and one kind's events up to it. */
class AsAtReadsTest {

    private static final Instant START = Instant.parse("2015-06-18T10:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private MongoClient client;
    private GlobalSequenceEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongo.uri());
        engine = EventStoreTestSupport.globalSequenceEngine(client.getDatabase(TestMongo.newDatabaseName()), clock,
                Duration.ofSeconds(60), 7);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    /** An event recorded a minute after the start for each minute given. */
    private static DomainEventMessage<Noted> at(String aggregateType, String aggregateId, long sequence, int minute) {
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, new Noted(aggregateId + " " + sequence),
                org.axonframework.messaging.MetaData.emptyInstance(), java.util.UUID.randomUUID().toString(),
                START.plusSeconds(60L * minute));
    }

    @Test
    void thePositionAtAnInstantIsTheNewestEventRecordedByThen() {
        for (int minute = 1; minute <= 100; minute++) {
            engine.appendEvents(at("Action", "a-" + (minute % 4), minute / 4, minute));
        }
        // a reserved index never written (a failed write) inside the log
        engine.reserveGlobalIndexes(3);
        for (int minute = 101; minute <= 110; minute++) {
            engine.appendEvents(at("Action", "b", minute - 101, minute));
        }

        assertThat(engine.positionAt(START)).isZero();
        assertThat(engine.positionAt(START.plusSeconds(60))).isEqualTo(1);
        assertThat(engine.positionAt(START.plusSeconds(60 * 37 + 30))).isEqualTo(37);
        assertThat(engine.positionAt(START.plusSeconds(60 * 100 + 59))).isEqualTo(100);
        assertThat(engine.positionAt(START.plusSeconds(60 * 101))).isEqualTo(104);
        assertThat(engine.positionAt(START.plusSeconds(60 * 1_000))).isEqualTo(113);
    }

    @Test
    void oneCasesEventsUpToAPositionAreThoseStoredByThen() {
        for (int sequence = 0; sequence < 20; sequence++) {
            engine.appendEvents(at("Action", "long", sequence, sequence), at("Action", "other-" + sequence, 0, sequence));
        }

        CaseHistories histories = new CaseHistories(engine, 25);
        List<Object> upToTwentyOne = histories.upTo("long", 21).stream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();

        assertThat(upToTwentyOne).hasSize(11).first().isEqualTo(new Noted("long 0"));
        assertThat(upToTwentyOne).last().isEqualTo(new Noted("long 10"));
        assertThat(histories.upTo("long", 40)).hasSize(20);
        assertThat(histories.upTo("long", 0)).isEmpty();
        assertThat(engine.readIndexedEvents("long", 5)).first().satisfies(event -> {
            assertThat(event.globalIndex()).isEqualTo(11);
            assertThat(event.message().getSequenceNumber()).isEqualTo(5);
        });

        // what was stored since a case was read is read on top of what is kept; others leave when too many are kept
        engine.appendEvents(at("Action", "long", 20, 30));
        assertThat(histories.upTo("long", 1_000)).hasSize(21).last().extracting(DomainEventMessage::getPayload)
                .isEqualTo(new Noted("long 20"));
        assertThat(histories.upTo("other-3", 1_000)).hasSize(1);
        assertThat(histories.upTo("long", 1_000)).hasSize(21);
    }

    @Test
    void oneKindsEventsUpToAPositionComeInGlobalOrder() {
        for (int i = 0; i < 2_500; i++) {
            engine.appendEvents(at(i % 5 == 0 ? "Meeting" : "Action", "case-" + i, 0, i));
        }
        engine.appendEvents(GenericEventMessage.asEventMessage(new Noted("outside any case")));

        List<String> actions = new ArrayList<>();
        engine.forEachEventUpTo(2_000, "Action", event -> actions.add(event.getAggregateIdentifier()));

        assertThat(actions).hasSize(1_600).first().isEqualTo("case-1");
        assertThat(actions).last().isEqualTo("case-1999");
        assertThat(actions).doesNotContain("case-5");
    }
}
