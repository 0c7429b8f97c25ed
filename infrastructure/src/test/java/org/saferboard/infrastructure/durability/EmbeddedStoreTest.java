package org.saferboard.infrastructure.durability;

import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash leaves of the embedded store is what its file holds: a copy of the file taken after a
 * commit is what the next start would open. Every copy, taken while writers insert without pause,
 * holds whole inserts only: each document it holds is found by its key and by its unique index.
 */
class EmbeddedStoreTest {

    private static final int WRITERS = 4;
    private static final int COPIES = 25;

    @TempDir
    Path directory;

    @Test
    void theFileHoldsOnlyWholeOperationsWhateverMomentItIsCopiedAfterACommit() throws Exception {
        Path file = directory.resolve("store.mv");
        List<Path> copies = new ArrayList<>();
        try (EmbeddedStore store = EmbeddedStore.open(file)) {
            MongoServer server = new MongoServer(store.backend());
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
                MongoCollection<Document> events = client.getDatabase("test").getCollection("events");
                events.createIndex(Indexes.ascending("globalIndex"), new IndexOptions().unique(true));
                events.createIndex(Indexes.ascending("eventIdentifier"), new IndexOptions().unique(true));
                AtomicBoolean writing = new AtomicBoolean(true);
                AtomicLong next = new AtomicLong();
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                List<Future<?>> running = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    running.add(writers.submit(() -> {
                        while (writing.get()) {
                            long index = next.incrementAndGet();
                            events.insertMany(List.of(
                                    new Document("_id", "a" + index + "/0").append("globalIndex", 2 * index)
                                            .append("eventIdentifier", "e" + (2 * index)),
                                    new Document("_id", "a" + index + "/1").append("globalIndex", 2 * index + 1)
                                            .append("eventIdentifier", "e" + (2 * index + 1))));
                        }
                        return null;
                    }));
                }
                for (int copy = 0; copy < COPIES; copy++) {
                    store.durability().awaitDurable();
                    Path copied = directory.resolve("copy-" + copy + ".mv");
                    Files.copy(file, copied);
                    copies.add(copied);
                }
                writing.set(false);
                for (Future<?> writer : running) {
                    writer.get(30, TimeUnit.SECONDS);
                }
                writers.shutdown();
            } finally {
                server.shutdown();
            }
        }

        long documentsSeen = 0;
        for (Path copy : copies) {
            MongoServer server = new MongoServer(new H2Backend(copy.toString()));
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
                MongoCollection<Document> events = client.getDatabase("test").getCollection("events");
                List<Document> scanned = events.find().into(new ArrayList<>());
                List<Object> keys = scanned.stream().map(document -> document.get("_id")).toList();
                List<Object> globalIndexes = scanned.stream().map(document -> document.get("globalIndex")).toList();
                List<Object> eventIdentifiers = scanned.stream().map(document -> document.get("eventIdentifier")).toList();
                assertThat(events.countDocuments(in("_id", keys))).as(copy + ": found by key").isEqualTo(scanned.size());
                assertThat(events.countDocuments(in("globalIndex", globalIndexes))).as(copy + ": found by global index")
                        .isEqualTo(scanned.size());
                assertThat(events.countDocuments(in("eventIdentifier", eventIdentifiers))).as(copy + ": found by event id")
                        .isEqualTo(scanned.size());
                assertThat(scanned.size() % 2).as(copy + ": both events of every insert, or neither").isZero();
                documentsSeen += scanned.size();
            } finally {
                server.shutdown();
            }
        }
        assertThat(documentsSeen).as("the copies hold what was written").isPositive();
    }
}
