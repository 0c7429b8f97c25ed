package org.saferboard.infrastructure.eventstore;

import java.time.Clock;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStoreTest;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.saferboard.testing.TestMongo;

/** Axon's published contract for an event store embedded in the application, on SaferBoard's engine. */
class GlobalSequenceEmbeddedEventStoreTest extends EmbeddedEventStoreTest {

    @Override
    public EventStorageEngine createStorageEngine() {
        return EventStorageEngines.globalIndex(TestMongo.newDatabase(), Clock.systemUTC(), Duration.ofSeconds(60), 100);
    }
}
