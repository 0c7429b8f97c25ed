package org.saferboard.infrastructure.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/** Events and readers shared by the event store tests. */
final class EventStoreTestSupport {

    record Noted(String text) {
    }

    /** What a tracking reader has seen so far, and where it stands. */
    static final class Reader {
        final EventStorageEngine engine;
        TrackingToken token;
        final List<TrackedEventMessage<?>> seen = new ArrayList<>();

        Reader(EventStorageEngine engine) {
            this.engine = engine;
        }

        /** One poll, as a tracking processor makes it: everything after the token, without blocking. */
        List<Object> poll() {
            List<Object> payloads = new ArrayList<>();
            try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, false)) {
                stream.forEach(event -> {
                    seen.add(event);
                    token = event.trackingToken();
                    payloads.add(event.getPayload());
                });
            }
            return payloads;
        }

        List<Object> seenPayloads() {
            return seen.stream().map(TrackedEventMessage::getPayload).map(Object.class::cast).toList();
        }
    }

    private EventStoreTestSupport() {
    }

    static DomainEventMessage<Noted> event(String aggregateId, long sequenceNumber, String text) {
        return new GenericDomainEventMessage<>("Action", aggregateId, sequenceNumber, new Noted(text));
    }

    /** Stores an event under an index reserved earlier: what a slow writer does when it finally gets there. */
    static void storeLate(GlobalSequenceEventStorageEngine engine, EventMessage<?> event, long reservedIndex,
                          Instant storedAt) {
        engine.insert(List.of(engine.eventDocument(event, AxonSerialization.serializer())
                .append(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, reservedIndex)
                .append(GlobalSequenceEventStorageEngine.STORED_AT, Date.from(storedAt))));
    }

    static GlobalSequenceEventStorageEngine globalSequenceEngine(MongoDatabase database, Clock clock, Duration gapTimeout,
                                                                 int batchSize) {
        return EventStorageEngines.globalIndex(database, clock, gapTimeout, batchSize);
    }
}
