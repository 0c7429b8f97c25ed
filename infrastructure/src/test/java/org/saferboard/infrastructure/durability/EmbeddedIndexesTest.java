package org.saferboard.infrastructure.durability;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.RenameCollectionOptions;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's unique indexes: they find what they hold after a restart, for a collection
 * renamed into place too, and those of a store written by the backend's own indexes are taken over.
 */
class EmbeddedIndexesTest {

    private static final int EVENTS = 500;

    @TempDir
    Path directory;

    private Path file() {
        return directory.resolve("store.mv");
    }

    private void withStore(Consumer<MongoDatabase> work) {
        try (EmbeddedStore store = EmbeddedStore.open(file())) {
            withServer(store.backend(), work);
            store.durability().awaitDurable();
        }
    }

    private static void withServer(MongoBackend backend, Consumer<MongoDatabase> work) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            work.accept(client.getDatabase("test"));
        } finally {
            server.shutdown();
        }
    }

    private static void fill(MongoCollection<Document> collection) {
        collection.createIndex(Indexes.ascending("globalIndex"), new IndexOptions().unique(true));
        List<Document> events = new ArrayList<>();
        for (long index = 1; index <= EVENTS; index++) {
            events.add(new Document("_id", "case-" + (index % 37) + "/" + index).append("globalIndex", index));
        }
        collection.insertMany(events);
    }

    private static void foundByEachIndex(MongoCollection<Document> events) {
        assertThat(events.countDocuments()).isEqualTo(EVENTS);
        assertThat(events.find(in("globalIndex", List.of(1L, 250L, 500L))).into(new ArrayList<>()))
                .extracting(document -> document.getLong("globalIndex")).containsExactlyInAnyOrder(1L, 250L, 500L);
        Document found = events.find(eq("_id", "case-3/3")).first();
        assertThat(found).isNotNull();
        assertThat(found.getLong("globalIndex")).isEqualTo(3L);
        assertThatThrownBy(() -> events.insertOne(new Document("_id", "another/1").append("globalIndex", 7L)))
                .as("the unique index still refuses a key it holds").isInstanceOf(MongoWriteException.class);
    }

    @Test
    void aCollectionRenamedIntoPlaceIsFoundWholeAfterARestart() {
        withStore(database -> {
            fill(database.getCollection("events"));
            MongoCollection<Document> staging = database.getCollection("events_staging");
            fill(staging);
            staging.updateMany(new Document(), new Document("$set", new Document("restored", true)));
            staging.renameCollection(new MongoNamespace("test", "events"), new RenameCollectionOptions().dropTarget(true));
        });
        withStore(database -> {
            MongoCollection<Document> events = database.getCollection("events");
            foundByEachIndex(events);
            assertThat(events.countDocuments(eq("restored", true))).as("the renamed collection, not the one it replaced").isEqualTo(EVENTS);
            assertThat(database.listCollectionNames().into(new ArrayList<>())).doesNotContain("events_staging");
        });
    }

    @Test
    void theIndexesOfAStoreWrittenByTheBackendsOwnIndexesAreTakenOver() {
        MVStore written = new MVStore.Builder().fileName(file().toString()).open();
        withServer(new H2Backend(written), database -> fill(database.getCollection("events")));
        withStore(database -> foundByEachIndex(database.getCollection("events")));
        withStore(database -> foundByEachIndex(database.getCollection("events")));
        try (MVStore store = MVStore.open(file().toString())) {
            assertThat(store.getMapNames()).contains("test.events._index_globalIndex_1.by-value")
                    .doesNotContain("test.events._index_globalIndex_1");
        }
    }

    @Test
    void aCollectionDroppedAndMadeAgainStartsWithEmptyIndexes() {
        withStore(database -> {
            fill(database.getCollection("events"));
            database.getCollection("events").drop();
            fill(database.getCollection("events"));
        });
        withStore(database -> foundByEachIndex(database.getCollection("events")));
    }

    @Test
    void aCollectionDroppedByTheBackendsOwnIndexesIsIndexedAfreshWhenMadeAgain() {
        withStore(database -> fill(database.getCollection("events")));
        try (MVStore store = MVStore.open(file().toString())) {
            withServer(new H2Backend(store), database -> database.getCollection("events").drop());
        }
        withStore(database -> {
            fill(database.getCollection("events"));
            foundByEachIndex(database.getCollection("events"));
        });
        withStore(database -> foundByEachIndex(database.getCollection("events")));
    }
}
