package org.saferboard.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferboard.infrastructure.eventstore.EventStoreTestSupport.event;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.saferboard.testing.TestMongo;

/**
 * Writers to different actions never collide, even where the server lets two concurrent increments
 * of the index counter return the same value (mongo-java-server does): no write is refused and no two
 * events share a global index.
 */
class GlobalIndexReservationTest {

    private static final int WRITERS = 4;
    private static final int COMMITS_PER_WRITER = 400;

    @Test
    void concurrentAppendsToDifferentActionsAllSucceedWithDistinctIndexes() throws Exception {
        try (MongoClient client = MongoClients.create(TestMongo.uri())) {
            MongoDatabase database = client.getDatabase(TestMongo.newDatabaseName());
            GlobalSequenceEventStorageEngine engine = EventStoreTestSupport.globalSequenceEngine(database,
                    Clock.systemUTC(), Duration.ofSeconds(60), 100);
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int writerNumber = writer;
                writers.add(pool.submit(() -> {
                    for (int commit = 0; commit < COMMITS_PER_WRITER; commit++) {
                        String actionId = "w" + writerNumber + "-" + commit;
                        engine.appendEvents(event(actionId, 0, "raised"), event(actionId, 1, "completed"));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            pool.shutdown();

            List<Long> indexes = new ArrayList<>();
            database.getCollection(GlobalSequenceEventStorageEngine.EVENTS).find()
                    .forEach(document -> indexes.add(((Document) document).getLong(GlobalSequenceEventStorageEngine.GLOBAL_INDEX)));
            assertThat(indexes).hasSize(WRITERS * COMMITS_PER_WRITER * 2).doesNotHaveDuplicates();
        }
    }
}
