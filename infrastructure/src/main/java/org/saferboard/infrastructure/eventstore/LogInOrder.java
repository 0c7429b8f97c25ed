package org.saferboard.infrastructure.eventstore;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.LongStream;
import org.bson.Document;

/**
 * Reads the stored event documents of a range of global indexes in global order, a batch at a time
 * (constant memory): what verifying the chain, backing up and reading the log as at an instant share.
 *
 * <p>Each batch is one {@code globalIndex $in [...]} query, answered from the unique index by
 * mongo-java-server as well as by MongoDB. The batch is kept small because mongo-java-server matches
 * every document it finds against the whole {@code $in} list again, one value after another, so a
 * batch of n indexes costs about n²/2 comparisons: at 1,000 indexes that was most of the time taken.
 */
public final class LogInOrder {

    static final int BATCH = 128;

    /**
     * One batch: the documents found, in global order, and the global indexes among them whose commit
     * is not complete (still being written, refused part way or cut short by a crash).
     */
    public record Batch(List<Document> events, Set<Long> incomplete) {

        /** The events of complete commits only: the log as a reader sees it. */
        public List<Document> visible() {
            return incomplete.isEmpty() ? events
                    : events.stream().filter(event -> !incomplete.contains(globalIndex(event))).toList();
        }
    }

    private LogInOrder() {
    }

    /** The documents stored at the global indexes from..to, a batch at a time, in order; each batch is read when it is reached. */
    public static Iterable<Batch> batches(MongoCollection<Document> events, long from, long to) {
        return () -> new Iterator<>() {

            private long next = from;

            @Override
            public boolean hasNext() {
                return next <= to;
            }

            @Override
            public Batch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long last = Math.min(to, next + BATCH - 1);
                Batch batch = batch(events, next, last);
                next = last + 1;
                return batch;
            }
        };
    }

    /** The visible documents stored at the global indexes from..to (at most a few batches' worth), in order. */
    static List<Document> visible(MongoCollection<Document> events, long from, long to) {
        List<Document> visible = new ArrayList<>();
        batches(events, from, to).forEach(batch -> visible.addAll(batch.visible()));
        return visible;
    }

    private static Batch batch(MongoCollection<Document> events, long from, long to) {
        List<Long> indexes = LongStream.rangeClosed(from, to).boxed().toList();
        List<Document> found = events.find(in(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, indexes)).into(new ArrayList<>());
        found.sort(Comparator.comparingLong(LogInOrder::globalIndex));
        return new Batch(found, GlobalSequenceEventStorageEngine.incompleteCommitEvents(events, found));
    }

    static long globalIndex(Document event) {
        return event.getLong(GlobalSequenceEventStorageEngine.GLOBAL_INDEX);
    }
}
