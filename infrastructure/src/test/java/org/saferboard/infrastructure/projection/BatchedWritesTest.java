package org.saferboard.infrastructure.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.testing.TestMongo;

class BatchedWritesTest {

    private MongoClient client;
    private MongoCollection<Document> collection;
    private BatchedWrites writes;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongo.uri());
        collection = client.getDatabase(TestMongo.newDatabaseName()).getCollection("counts");
        writes = new BatchedWrites(collection);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private UpdateOneModel<Document> increment() {
        return new UpdateOneModel<>(Filters.eq("_id", "c"), Updates.inc("n", 1), new UpdateOptions().upsert(true));
    }

    private int count() {
        Document document = collection.find(Filters.eq("_id", "c")).first();
        return document == null ? 0 : document.getInteger("n");
    }

    @Test
    void outsideAUnitOfWorkAWriteGoesAtOnce() {
        writes.write(increment());

        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aBatchsWritesGoTogetherAfterItsLastEvent() throws Exception {
        List<EventMessage<?>> batch = List.of(GenericEventMessage.asEventMessage("one"),
                GenericEventMessage.asEventMessage("two"), GenericEventMessage.asEventMessage("three"));
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        FlushBatchedWritesInterceptor interceptor = new FlushBatchedWritesInterceptor();
        int[] seenBeforeFlush = new int[batch.size()];

        unitOfWork.executeWithResult(() -> interceptor.handle(unitOfWork, () -> {
            seenBeforeFlush[batch.indexOf(unitOfWork.getMessage())] = count();
            writes.write(increment());
            return null;
        }));

        assertThat(seenBeforeFlush).containsExactly(0, 0, 0);
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void whatTheInterceptorDidNotSendGoesBeforeTheCommit() {
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("one"));
        writes.write(increment());
        writes.write(increment());
        assertThat(count()).isZero();

        unitOfWork.commit();

        assertThat(count()).isEqualTo(2);
    }

    @Test
    void detailsGoOutBeforeTheDocumentsThatCarryTheVersion() {
        List<String> sent = new CopyOnWriteArrayList<>();
        CommandListener updates = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("update")) {
                    sent.add(event.getCommand().getString("update").getValue());
                }
            }
        };
        try (MongoClient listened = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestMongo.uri())).addCommandListener(updates).build())) {
            MongoDatabase database = listened.getDatabase(TestMongo.newDatabaseName());
            BatchedWrites versions = new BatchedWrites(database.getCollection("cases"));
            BatchedWrites details = BatchedWrites.details(database.getCollection("history"));
            DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("one"));

            versions.write(increment());
            details.write(increment());
            unitOfWork.commit();

            assertThat(sent).containsExactly("history", "cases");
        }
    }

    @Test
    void entriesAlreadyThereAreLeftAsTheyAreAndTheOthersOfTheBatchAreWritten() {
        MongoCollection<Document> entries = client.getDatabase(collection.getNamespace().getDatabaseName()).getCollection("entries");
        BatchedWrites details = BatchedWrites.details(entries);
        details.write(new InsertOneModel<>(new Document("_id", "a/2").append("change", "first written")));
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("again"));

        details.write(new InsertOneModel<>(new Document("_id", "a/1").append("change", "raised")));
        details.write(new InsertOneModel<>(new Document("_id", "a/2").append("change", "written again")));
        details.write(new InsertOneModel<>(new Document("_id", "a/3").append("change", "completed")));
        unitOfWork.commit();
        // outside a unit of work too
        details.write(new InsertOneModel<>(new Document("_id", "a/3").append("change", "written again")));

        assertThat(entries.find().sort(new Document("_id", 1)).map(entry -> entry.getString("change")).into(new ArrayList<>()))
                .containsExactly("raised", "first written", "completed");
    }

    @Test
    void aDuplicateOfAnotherUniqueKeyIsNotTakenForAnEntryAlreadyThere() {
        MongoCollection<Document> entries = client.getDatabase(collection.getNamespace().getDatabaseName()).getCollection("keyed");
        entries.createIndex(new Document("key", 1), new IndexOptions().unique(true));
        entries.insertOne(new Document("_id", "x").append("key", "k"));
        BatchedWrites details = BatchedWrites.details(entries);
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("one"));
        details.write(new InsertOneModel<>(new Document("_id", "y").append("key", "k")));

        assertThatThrownBy(unitOfWork::commit).isInstanceOf(MongoBulkWriteException.class);
    }
}
