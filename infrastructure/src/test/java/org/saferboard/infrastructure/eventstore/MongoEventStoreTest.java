package org.saferboard.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.testing.TestMongo;

/** The event store as configured for both sides, over a real MongoDB wire connection. */
class MongoEventStoreTest {

    private MongoClient client;
    private EventStorageEngine engine;

    record Noted(String text) {
    }

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongo.uri());
        EventStoreConfiguration configuration = new EventStoreConfiguration();
        engine = configuration.eventStorageEngine(
                configuration.axonMongoTemplate(client.getDatabase(TestMongo.newDatabaseName())),
                configuration.serializer(), configuration.eventSerializer());
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static DomainEventMessage<Noted> event(String aggregateId, long sequenceNumber, String text) {
        return new GenericDomainEventMessage<>("Action", aggregateId, sequenceNumber, new Noted(text));
    }

    @Test
    void eventsOfAnAggregateReadBackInOrder() {
        engine.appendEvents(event("a-1", 0, "raised"), event("a-1", 1, "chased"));
        engine.appendEvents(event("a-2", 0, "other"));

        List<Object> payloads = engine.readEvents("a-1").asStream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();

        assertThat(payloads).containsExactly(new Noted("raised"), new Noted("chased"));
    }

    @Test
    void aSecondWriteOfTheSameSequenceNumberIsRefused() {
        engine.appendEvents(event("a-1", 0, "raised"), event("a-1", 1, "first writer"));

        assertThatThrownBy(() -> engine.appendEvents(event("a-1", 1, "second writer")))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(engine.readEvents("a-1").asStream().count()).isEqualTo(2);
    }
}
