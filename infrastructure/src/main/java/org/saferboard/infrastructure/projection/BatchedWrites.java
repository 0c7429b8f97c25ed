package org.saferboard.infrastructure.projection;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

/**
 * A projection's writes to one collection, gathered over the batch of events a tracking processor
 * handles in one unit of work and sent as one bulk write when the batch's last event has been
 * handled (see {@link FlushBatchedWritesInterceptor}), before the processor stores its token. A replay
 * then costs one round trip per batch instead of one per event; the writes apply in event order, each
 * as idempotent as it was written (inserts only go unordered, see {@link #send}). Outside a unit of
 * work (a test calling a handler) a write is sent at once, the same way.
 *
 * <p>A read model kept in two collections sends its details (an action's history entries) before the
 * documents that carry the versions readers wait on (see {@link #details}), so that a reader who sees
 * a version sees everything of it.
 */
public final class BatchedWrites {

    private static final int DUPLICATE_KEY = 11000;
    private static final String PENDING = BatchedWrites.class.getName() + ".pending";
    private static final String PREPARATIONS = BatchedWrites.class.getName() + ".preparations";

    private final MongoCollection<Document> collection;
    private final boolean details;

    /** Writes to documents that carry a case's version; sent after the batch's {@link #details} writes. */
    public BatchedWrites(MongoCollection<Document> collection) {
        this(collection, false);
    }

    private BatchedWrites(MongoCollection<Document> collection, boolean details) {
        this.collection = collection;
        this.details = details;
    }

    /** Writes to documents that detail a case whose version another collection holds; sent first. */
    public static BatchedWrites details(MongoCollection<Document> collection) {
        return new BatchedWrites(collection, true);
    }

    public void write(WriteModel<Document> write) {
        if (!CurrentUnitOfWork.isStarted()) {
            send(List.of(write));
            return;
        }
        pending(CurrentUnitOfWork.get()).computeIfAbsent(this, key -> new ArrayList<>()).add(write);
    }

    /**
     * Runs once the batch's events are all handled, before its writes are sent: for a read model that
     * works out its writes from the whole batch (see the action log's keys). Outside a unit of work it
     * runs at once. It may run again at the commit, so it must leave nothing behind to write twice.
     */
    public static void beforeFlush(Runnable preparation) {
        if (!CurrentUnitOfWork.isStarted()) {
            preparation.run();
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        pending(root);
        root.<List<Runnable>>getOrComputeResource(PREPARATIONS, key -> new ArrayList<>()).add(preparation);
    }

    /**
     * What a read model gathers over the batch under {@code key} (one map per batch, whatever number of
     * events add to it), handed to {@code atBatchEnd} once the batch's events are all handled, as
     * {@link #beforeFlush} runs it, and then emptied. Null outside a unit of work, where the caller
     * applies its one change at once.
     */
    public static <M extends Map<?, ?>> M gatheredOverBatch(String key, Supplier<M> create, Consumer<M> atBatchEnd) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        M gathered = batch.getResource(key);
        if (gathered == null) {
            M created = create.get();
            batch.resources().put(key, created);
            beforeFlush(() -> {
                atBatchEnd.accept(created);
                created.clear();
            });
            gathered = created;
        }
        return gathered;
    }

    /** Sends every write gathered in this unit of work, collection by collection, in order: details first. */
    public static void flush(UnitOfWork<?> unitOfWork) {
        List<Runnable> preparations = unitOfWork.root().getResource(PREPARATIONS);
        if (preparations != null) {
            preparations.forEach(Runnable::run);
        }
        Map<BatchedWrites, List<WriteModel<Document>>> pending = pending(unitOfWork);
        for (boolean detailsTurn : new boolean[] {true, false}) {
            for (Map.Entry<BatchedWrites, List<WriteModel<Document>>> writes : pending.entrySet()) {
                if (writes.getKey().details == detailsTurn) {
                    writes.getKey().send(writes.getValue());
                }
            }
        }
        pending.clear();
    }

    /**
     * A batch of inserts only (entries written once, keyed by what they record) goes unordered, and an
     * entry already there under its {@code _id} (a batch delivered again) is left as it is: cheaper for the
     * server than an upsert per entry, with the same outcome. Anything else goes in order.
     */
    private void send(List<WriteModel<Document>> writes) {
        if (!writes.stream().allMatch(InsertOneModel.class::isInstance)) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(true));
            return;
        }
        try {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (!e.getWriteErrors().stream().allMatch(BatchedWrites::alreadyThere) || e.getWriteConcernError() != null) {
                throw e;
            }
        }
    }

    /** A duplicate of the {@code _id}, not of another unique index, which would mean a different entry was refused. */
    private static boolean alreadyThere(BulkWriteError error) {
        return error.getCode() == DUPLICATE_KEY && error.getMessage().contains("index: _id_ ");
    }

    private static Map<BatchedWrites, List<WriteModel<Document>>> pending(UnitOfWork<?> unitOfWork) {
        UnitOfWork<?> root = unitOfWork.root();
        return root.getOrComputeResource(PENDING, key -> {
            // a safety net: anything not flushed by the interceptor goes out before the commit
            root.onPrepareCommit(BatchedWrites::flush);
            return new LinkedHashMap<>();
        });
    }
}
