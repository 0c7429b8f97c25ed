package org.saferboard.infrastructure.eventstore;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;

/** The event storage engines on MongoDB, built one way wherever they are needed. */
public final class EventStorageEngines {

    private EventStorageEngines() {
    }

    /** SaferBoard's engine: global index, gap-aware tracking, exact-key reads. Its indexes are ensured. */
    public static GlobalSequenceEventStorageEngine globalIndex(MongoDatabase database, Clock clock, Duration gapTimeout,
                                                               int batchSize) {
        GlobalSequenceEventStorageEngine engine = GlobalSequenceEventStorageEngine.builder()
                .database(database)
                .clock(clock)
                .gapTimeout(gapTimeout)
                .batchSize(batchSize)
                .snapshotSerializer(AxonSerialization.serializer())
                .eventSerializer(AxonSerialization.serializer())
                .build();
        engine.ensureIndexes();
        return engine;
    }

    /**
     * axon-mongo's engine, which orders its stream by timestamp: the format {@link LegacyEventMigration}
     * moves events from, and the engine the benchmarks compare against.
     */
    public static MongoEventStorageEngine axonMongo(MongoDatabase database) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .eventSerializer(AxonSerialization.serializer())
                .snapshotSerializer(AxonSerialization.serializer())
                .build();
        engine.ensureIndexes();
        return engine;
    }
}
