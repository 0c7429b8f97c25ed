package org.saferboard.infrastructure.eventstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.saferboard.infrastructure.durability.Durability;
import org.saferboard.infrastructure.durability.EventJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event store on MongoDB in which no reader can skip an event, and no reader sees part of an
 * append. Every event gets a global index from a counter that is incremented atomically before the
 * insert; readers follow the index with Axon's {@link GapAwareTrackingToken}, so an index that was
 * reserved but is not visible yet (a slow writer) is remembered as a gap and fetched when it appears.
 * A gap that stays empty longer than the gap timeout (a writer that failed after reserving) is given
 * up, as Axon's JDBC engine does.
 *
 * <p>Every read is an exact-key lookup, which both a real MongoDB and mongo-java-server answer from an
 * index whatever the size of the store: an event's {@code _id} is {@code <aggregate>/<sequence>}, so
 * an aggregate loads with {@code _id $in [a/0, a/1, ...]}; the tracking stream fetches
 * {@code globalIndex $in [gaps..., next indexes...]} through a unique index; a snapshot's
 * {@code _id} is its aggregate. The {@code _id} also makes a second write of an aggregate's
 * sequence number fail, which Axon reports as a ConcurrencyException.
 *
 * <p>One append is one commit, all or nothing as readers see it, without transactions (which
 * mongo-java-server lacks): the events of an append of several get consecutive indexes and carry the
 * commit's id and its last index, and are inserted in order, so the commit is complete exactly when
 * its last event is stored. Until then no reader is given any of them. An append that fails part way
 * removes what it inserted; one cut short by a crash stays invisible, and is removed by the next
 * writer that loads the aggregate once the gap timeout has passed.
 *
 * <p>An append is answered only once it is durable: on the embedded store its documents are written
 * to the {@link EventJournal} first (which puts them back at the next start if the store lost them);
 * on MongoDB the write concern makes every acknowledged insert durable.
 *
 * <p>Written here rather than taken from axon-mongo: axon-mongo orders its stream by timestamp and
 * looks back a fixed window, so an event inserted later than that window after its timestamp is never
 * seen by a tracking processor.
 */
public class GlobalSequenceEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(GlobalSequenceEventStorageEngine.class);

    static final String EVENTS = "events";
    static final String SNAPSHOTS = "snapshots";
    static final String SEQUENCES = "event_sequences";
    static final String GLOBAL_INDEX_SEQUENCE = "globalIndex";

    static final String ID = "_id";
    static final String GLOBAL_INDEX = "globalIndex";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String TYPE = "type";
    static final String EVENT_IDENTIFIER = "eventIdentifier";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";
    static final String STORED_AT = "storedAt";
    /** The id of an append of several events, on each of them. */
    static final String COMMIT_ID = "commitId";
    /** The global indexes of the first and the last event of such an append, on each of them. */
    static final String COMMIT_FIRST = "commitFirst";
    static final String COMMIT_LAST = "commitLast";
    static final String SEQUENCE_VALUE = "value";
    /** MongoDB's name for the ascending index on globalIndex, as it appears in duplicate key errors. */
    private static final String GLOBAL_INDEX_INDEX_NAME = GLOBAL_INDEX + "_1";
    private static final int MAX_STORE_ATTEMPTS = 100;

    /** How many indexes back the head token looks for writes still in flight. */
    private static final int HEAD_WINDOW = 256;
    /** How many sequence numbers an aggregate load asks for first; most cases have a short history. */
    private static final int FIRST_AGGREGATE_WINDOW = 8;
    /** What an aggregate read needs of an event to know where the stream goes and whether it is visible. */
    private static final Bson STREAM_FIELDS = Projections.include(ID, SEQUENCE_NUMBER, GLOBAL_INDEX, STORED_AT, COMMIT_ID,
            COMMIT_FIRST, COMMIT_LAST, AggregateStreamGaps.STREAM_HAS_GAPS, AggregateStreamGaps.PLACEHOLDER);

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> sequences;
    private final AggregateStreamGaps streamGaps;
    private final Duration gapTimeout;
    private final int maxGapOffset;
    private final Clock clock;
    private final Durability durability;
    private final EventJournal journal;
    private final AtomicLong highestReservedSeen = new AtomicLong();

    protected GlobalSequenceEventStorageEngine(Builder builder) {
        super(builder);
        this.events = builder.database.getCollection(EVENTS);
        this.snapshots = builder.database.getCollection(SNAPSHOTS);
        this.sequences = builder.database.getCollection(SEQUENCES);
        this.streamGaps = new AggregateStreamGaps(builder.database, events, sequences);
        this.gapTimeout = builder.gapTimeout;
        this.maxGapOffset = builder.maxGapOffset;
        this.clock = builder.clock;
        this.durability = builder.durability;
        this.journal = builder.journal;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The unique indexes every read relies on; safe to call at every start. An aggregate's sequence
     * numbers need none of their own: the {@code _id} holds them.
     */
    public void ensureIndexes() {
        events.createIndex(Indexes.ascending(GLOBAL_INDEX), new IndexOptions().unique(true));
        events.createIndex(Indexes.ascending(EVENT_IDENTIFIER), new IndexOptions().unique(true));
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        List<Document> documents = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            documents.add(eventDocument(message, serializer));
        }
        try {
            streamGaps.recordGapsOpenedBy(documents);
            storeCommit(documents);
        } catch (RefusedAppend refused) {
            throw appendFailure(refused.cause(), messages.get(refused.failedAt()), documents.get(refused.failedAt()));
        } catch (MongoException e) {
            handlePersistenceException(e, messages.get(0));
        }
        if (journal != null) {
            journal.append(documents);
        } else {
            durability.awaitDurable();
        }
    }

    /**
     * Puts back every append the journal holds that the store lost (a crash before the store wrote
     * it out), in the order they were made, and moves the counter of global indexes past them. Runs
     * once, at start, before anything reads or writes.
     *
     * @return how many events were put back
     */
    public long restoreFromJournal() {
        if (journal == null) {
            return 0;
        }
        long[] restored = {0};
        long[] highestIndex = {0};
        journal.replay(documents -> {
            List<String> keys = documents.stream().map(document -> document.getString(ID)).toList();
            Set<String> stored = new HashSet<>();
            events.find(in(ID, keys)).projection(Projections.include(ID)).forEach(document -> stored.add(document.getString(ID)));
            List<Document> lost = documents.stream().filter(document -> !stored.contains(document.getString(ID))).toList();
            if (!lost.isEmpty()) {
                streamGaps.recordGapsOpenedBy(lost);
                insert(lost);
                restored[0] += lost.size();
            }
            documents.forEach(document -> highestIndex[0] = Math.max(highestIndex[0], document.getLong(GLOBAL_INDEX)));
        });
        if (highestIndex[0] > 0) {
            sequences.updateOne(eq(ID, GLOBAL_INDEX_SEQUENCE), Updates.max(SEQUENCE_VALUE, highestIndex[0]),
                    new UpdateOptions().upsert(true));
        }
        if (restored[0] > 0) {
            log.warn("Put back {} acknowledged events from the journal that the store had not written before it stopped",
                    restored[0]);
        }
        journal.rotate();
        return restored[0];
    }

    /** An insert refused part way; what was inserted before it has been removed. */
    private static final class RefusedAppend extends RuntimeException {

        private final transient MongoBulkWriteException cause;
        private final int failedAt;

        RefusedAppend(MongoBulkWriteException cause, int failedAt) {
            super(cause);
            this.cause = cause;
            this.failedAt = failedAt;
        }

        MongoBulkWriteException cause() {
            return cause;
        }

        int failedAt() {
            return failedAt;
        }
    }

    /**
     * Gives the events consecutive global indexes and inserts them in order as one commit. When an
     * index turns out to be taken already, the events inserted so far are removed and the whole
     * commit is stored again under new indexes: on MongoDB the increment that reserves indexes is
     * atomic and this never happens, but mongo-java-server does not make a concurrent
     * find-and-modify atomic, and the unique index on the global index is what keeps two events from
     * sharing one there.
     */
    private void storeCommit(List<Document> documents) {
        for (int attempt = 1; attempt <= MAX_STORE_ATTEMPTS; attempt++) {
            long first = reserveGlobalIndexes(documents.size());
            long last = first + documents.size() - 1;
            String commitId = documents.size() > 1 ? UUID.randomUUID().toString() : null;
            Date storedAt = Date.from(clock.instant());
            for (int i = 0; i < documents.size(); i++) {
                Document document = documents.get(i).append(GLOBAL_INDEX, first + i).append(STORED_AT, storedAt);
                if (commitId != null) {
                    document.append(COMMIT_ID, commitId).append(COMMIT_FIRST, first).append(COMMIT_LAST, last);
                }
            }
            try {
                insert(documents);
                return;
            } catch (MongoBulkWriteException e) {
                BulkWriteError error = e.getWriteErrors().get(0);
                int failedAt = error.getIndex();
                removeInserted(documents.subList(0, failedAt));
                boolean indexTaken = error.getCode() == MongoDuplicateKeys.DUPLICATE_KEY
                        && error.getMessage().contains(GLOBAL_INDEX_INDEX_NAME);
                if (!indexTaken) {
                    throw new RefusedAppend(e, failedAt);
                }
            }
        }
        throw new EventStoreException("No free global index found after " + MAX_STORE_ATTEMPTS + " attempts");
    }

    /**
     * Removes the events of a refused commit that were inserted before the refusal. No reader has
     * been given them (the commit's last event is missing), and until they are removed they hold
     * their keys, so nothing else can have been stored under them.
     */
    private void removeInserted(List<Document> inserted) {
        if (!inserted.isEmpty()) {
            events.deleteMany(in(ID, inserted.stream().map(document -> document.getString(ID)).toList()));
        }
    }

    private RuntimeException appendFailure(MongoBulkWriteException cause, EventMessage<?> failed, Document failedDocument) {
        if (MongoDuplicateKeys.isDuplicateKey(cause) && failed instanceof DomainEventMessage<?> domainEvent
                && domainEvent.getType() != null) {
            Document holder = events.find(eq(ID, failedDocument.getString(ID))).projection(Projections.include(TYPE)).first();
            String existingType = holder == null ? null : holder.getString(TYPE);
            if (existingType != null && !existingType.equals(domainEvent.getType())) {
                return new AggregateIdentifierInUse(domainEvent.getAggregateIdentifier(), existingType, domainEvent.getType());
            }
        }
        handlePersistenceException(cause, failed);
        return new EventStoreException("An append was refused", cause);
    }

    /**
     * Moves events already stored elsewhere (the legacy migration) in, one by one as far as readers
     * are concerned: each is a commit of its own.
     *
     * @return how many events were inserted; an event whose aggregate and sequence number are
     * stored already is passed over
     */
    long storeMigratedEvents(List<Document> documents) {
        List<Document> pending = new ArrayList<>(documents);
        long inserted = 0;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > MAX_STORE_ATTEMPTS) {
                throw new EventStoreException("No free global index found after " + MAX_STORE_ATTEMPTS + " attempts");
            }
            long first = reserveGlobalIndexes(pending.size());
            Date storedAt = Date.from(clock.instant());
            for (int i = 0; i < pending.size(); i++) {
                pending.get(i).append(GLOBAL_INDEX, first + i).append(STORED_AT, storedAt);
            }
            try {
                insert(pending);
                inserted += pending.size();
                break;
            } catch (MongoBulkWriteException e) {
                BulkWriteError error = e.getWriteErrors().get(0);
                int failedAt = error.getIndex();
                inserted += failedAt;
                if (error.getCode() != MongoDuplicateKeys.DUPLICATE_KEY) {
                    throw e;
                }
                boolean indexTaken = error.getMessage().contains(GLOBAL_INDEX_INDEX_NAME);
                pending = new ArrayList<>(pending.subList(indexTaken ? failedAt : failedAt + 1, pending.size()));
            }
        }
        durability.awaitDurable();
        return inserted;
    }

    /**
     * Reserves the next {@code count} global indexes in one atomic increment.
     *
     * @return the first of them
     */
    long reserveGlobalIndexes(int count) {
        Document sequence = sequences.findOneAndUpdate(eq(ID, GLOBAL_INDEX_SEQUENCE), Updates.inc(SEQUENCE_VALUE, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return sequence.getLong(SEQUENCE_VALUE) - count + 1;
    }

    /** Inserts events that already carry their global index; in order, so that a refusal stops the rest. */
    void insert(List<Document> documents) {
        events.insertMany(documents, new InsertManyOptions().ordered(true));
    }

    /** Reads the counter and remembers the highest value seen. */
    private long readHighestReserved() {
        return highestReservedSeen.accumulateAndGet(highestReservedIndex(), Math::max);
    }

    long highestReservedIndex() {
        Document sequence = sequences.find(eq(ID, GLOBAL_INDEX_SEQUENCE)).first();
        return sequence == null ? 0 : sequence.getLong(SEQUENCE_VALUE);
    }

    Document eventDocument(EventMessage<?> message, Serializer serializer) {
        String aggregateIdentifier;
        long sequenceNumber;
        String type;
        if (message instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            aggregateIdentifier = domainEvent.getAggregateIdentifier();
            sequenceNumber = domainEvent.getSequenceNumber();
            type = domainEvent.getType();
        } else {
            // An event outside any aggregate is stored as the only event of a stream named by its own
            // identifier, and read back without an aggregate (as Axon's JDBC engine does).
            aggregateIdentifier = message.getIdentifier();
            sequenceNumber = 0;
            type = null;
        }
        SerializedObject<String> payload = message.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = message.serializeMetaData(serializer, String.class);
        return new Document(ID, eventKey(aggregateIdentifier, sequenceNumber))
                .append(AGGREGATE_IDENTIFIER, aggregateIdentifier)
                .append(SEQUENCE_NUMBER, sequenceNumber)
                .append(TYPE, type)
                .append(EVENT_IDENTIFIER, message.getIdentifier())
                .append(TIMESTAMP, DateTimeUtils.formatInstant(message.getTimestamp()))
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData());
    }

    static String eventKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + "/" + sequenceNumber;
    }

    /** The type of the aggregate that holds the identifier, from its first event; empty when none does. */
    public Optional<String> aggregateTypeOf(String aggregateIdentifier) {
        return aggregateTypeAt(aggregateIdentifier, 0);
    }

    /**
     * The type of the aggregate whose event is stored at this sequence number, in one lookup by key;
     * empty when nothing is stored there.
     */
    public Optional<String> aggregateTypeAt(String aggregateIdentifier, long sequenceNumber) {
        Document stored = events.find(eq(ID, eventKey(aggregateIdentifier, sequenceNumber))).projection(Projections.include(TYPE))
                .first();
        return Optional.ofNullable(stored).map(document -> document.getString(TYPE));
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = eventDocument(snapshot, serializer).append(ID, snapshot.getAggregateIdentifier());
        try {
            // replaces only an older snapshot; when a newer one is stored, the upsert's insert is a duplicate
            snapshots.replaceOne(new Document(ID, snapshot.getAggregateIdentifier())
                            .append(SEQUENCE_NUMBER, new Document("$lt", snapshot.getSequenceNumber())),
                    document, new ReplaceOptions().upsert(true));
        } catch (MongoException e) {
            if (!MongoDuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(eq(ID, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(domainEventData(snapshot));
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                    int batchSize) {
        return visibleAggregateEvents(aggregateIdentifier, firstSequenceNumber, batchSize, null).stream()
                .map(GlobalSequenceEventStorageEngine::domainEventData)
                .toList();
    }

    /**
     * The global index of the newest event recorded at or before the instant: the log as it stood
     * then. Found by halving the range of indexes, each probe an exact-key lookup, since the log is
     * written in time order (an event's index is reserved after its timestamp is taken; writers that
     * race within milliseconds may store a few out of order, and the answer is then the position
     * whose event is the last at or before the instant in index order). 0 when none was.
     */
    public long positionAt(Instant instant) {
        String cutOff = DateTimeUtils.formatInstant(instant);
        long low = 0;
        long high = highestReservedIndex();
        // invariant: the event at index low (none when 0) was recorded at or before the instant; none above high was
        while (low < high) {
            long middle = low + (high - low + 1) / 2;
            Document probe = firstStoredFrom(middle, high);
            if (probe == null) {
                high = middle - 1;
            } else if (probe.getString(TIMESTAMP).compareTo(cutOff) <= 0) {
                low = probe.getLong(GLOBAL_INDEX);
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /**
     * The first stored event at an index from {@code from} to {@code to}, looked up in windows of keys
     * that start at one and grow: nearly every index holds an event, and every key asked for costs a
     * lookup (an expensive one on the embedded server's H2 backend).
     */
    private Document firstStoredFrom(long from, long to) {
        int window = 1;
        for (long start = from; start <= to; start += window, window = Math.min(HEAD_WINDOW, window * 8)) {
            List<Long> keys = LongStream.rangeClosed(start, Math.min(to, start + window - 1)).boxed().toList();
            Document first = null;
            for (Document document : events.find(in(GLOBAL_INDEX, keys)).projection(Projections.include(GLOBAL_INDEX, TIMESTAMP))) {
                if (first == null || document.getLong(GLOBAL_INDEX) < first.getLong(GLOBAL_INDEX)) {
                    first = document;
                }
            }
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    /** A case's event with the global index it is stored at. */
    public record IndexedEvent(long globalIndex, DomainEventMessage<?> message) {
    }

    /** One case's visible events from a sequence number on, in order, each with its global index, upcast and deserialised. */
    public List<IndexedEvent> readIndexedEvents(String aggregateIdentifier, long firstSequenceNumber) {
        List<IndexedEvent> read = new ArrayList<>();
        long next = firstSequenceNumber;
        while (true) {
            List<Document> found = visibleAggregateEvents(aggregateIdentifier, next, batchSize(), null);
            for (Document document : found) {
                long index = document.getLong(GLOBAL_INDEX);
                EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(domainEventData(document)), getEventSerializer(), upcasterChain)
                        .forEachRemaining(message -> read.add(new IndexedEvent(index, message)));
            }
            if (found.size() < batchSize()) {
                return read;
            }
            next = found.get(found.size() - 1).getLong(SEQUENCE_NUMBER) + 1;
        }
    }

    /**
     * Every event of the given kind of case stored at a global index up to the position, in global
     * order, a batch at a time: the log as it stood then, for a read of many cases at once. Events of
     * other kinds are passed over before they are deserialised.
     */
    public void forEachEventUpTo(long position, String aggregateType, Consumer<DomainEventMessage<?>> handler) {
        for (LogInOrder.Batch batch : LogInOrder.batches(events, 1, position)) {
            // the kind is checked here, not in the query: mongo-java-server answers from the unique index only a
            // query that is nothing but the $in, and scans the whole collection for one that adds a condition
            EventStreamUtils.upcastAndDeserializeDomainEvents(batch.visible().stream()
                            .filter(document -> aggregateType.equals(document.getString(TYPE)))
                            .map(GlobalSequenceEventStorageEngine::domainEventData), getEventSerializer(), upcasterChain)
                    .forEachRemaining(handler);
        }
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        long next = 0;
        Long last = null;
        while (true) {
            List<Document> found = visibleAggregateEvents(aggregateIdentifier, next, batchSize(), STREAM_FIELDS);
            if (!found.isEmpty()) {
                last = found.get(found.size() - 1).getLong(SEQUENCE_NUMBER);
                next = last + 1;
            }
            if (found.size() < batchSize()) {
                return Optional.ofNullable(last);
            }
        }
    }

    /**
     * Up to {@code limit} events of an aggregate from {@code first} on, in order, of complete commits
     * only. The stream ends at the first event of a commit that is not complete: a commit's events
     * are the newest of each aggregate it touches.
     */
    private List<Document> visibleAggregateEvents(String aggregateIdentifier, long first, int limit, Bson projection) {
        List<Document> found = aggregateEvents(aggregateIdentifier, first, limit, projection);
        Set<Long> incomplete = incompleteCommitEvents(found);
        if (incomplete.isEmpty()) {
            return found;
        }
        List<Document> visible = new ArrayList<>();
        for (Document document : found) {
            if (incomplete.contains(document.getLong(GLOBAL_INDEX))) {
                removeIfAbandoned(document);
                break;
            }
            visible.add(document);
        }
        return visible;
    }

    /**
     * Up to {@code limit} events of an aggregate from {@code first} on, looked up by key in windows
     * that start small and grow while they come back full. Every key asked for costs an index lookup
     * even when absent, and on mongo-java-server's H2 backend that lookup is expensive (it compares
     * keys by Java-serialising them), so a case with a short history is not asked for a whole batch.
     * A missing sequence number ends the stream unless the stream is known to resume after it (see
     * {@link AggregateStreamGaps}); whether it may have gaps is read from its first event (or the
     * placeholder that stands for it), which the first lookup asks for too.
     */
    private List<Document> aggregateEvents(String aggregateIdentifier, long first, int limit, Bson projection) {
        TreeMap<Long, Document> found = new TreeMap<>();
        Document firstEvent = null;
        boolean firstEventAsked = false;
        TreeSet<Long> resumptions = null;
        long next = first;
        int window = Math.min(FIRST_AGGREGATE_WINDOW, limit);
        while (found.size() < limit) {
            List<String> keys = new ArrayList<>(window + 1);
            for (long sequenceNumber = next; sequenceNumber < next + window; sequenceNumber++) {
                keys.add(eventKey(aggregateIdentifier, sequenceNumber));
            }
            boolean askFirstEvent = !firstEventAsked && first > 0;
            if (askFirstEvent) {
                keys.add(eventKey(aggregateIdentifier, 0));
            }
            FindIterable<Document> query = events.find(in(ID, keys));
            for (Document document : projection == null ? query : query.projection(projection)) {
                long sequenceNumber = document.getLong(SEQUENCE_NUMBER);
                if (sequenceNumber == 0) {
                    firstEvent = document;
                }
                if (sequenceNumber >= first && !Boolean.TRUE.equals(document.getBoolean(AggregateStreamGaps.PLACEHOLDER))) {
                    found.put(sequenceNumber, document);
                }
            }
            firstEventAsked = true;
            long end = next + window;
            long missing = next;
            while (missing < end && found.containsKey(missing)) {
                missing++;
            }
            if (missing < end) {
                if (resumptions == null) {
                    boolean mayHaveGaps = firstEvent != null
                            && Boolean.TRUE.equals(firstEvent.getBoolean(AggregateStreamGaps.STREAM_HAS_GAPS));
                    resumptions = mayHaveGaps ? streamGaps.resumptionsOf(aggregateIdentifier) : new TreeSet<>();
                }
                Long resumesAt = resumptions.ceiling(missing);
                Long foundAfter = found.higherKey(missing);
                if (resumesAt == null && foundAfter == null) {
                    break;
                }
                next = resumesAt == null ? foundAfter : foundAfter == null ? resumesAt : Math.min(resumesAt, foundAfter);
                window = Math.max(1, Math.min(FIRST_AGGREGATE_WINDOW, limit - found.headMap(next).size()));
            } else {
                next = end;
                window = Math.max(1, Math.min(window * 4, limit - found.size()));
            }
        }
        List<Document> ordered = new ArrayList<>(found.values());
        return ordered.size() > limit ? new ArrayList<>(ordered.subList(0, limit)) : ordered;
    }

    /**
     * The global indexes of those events that belong to a commit of several events whose last event
     * is not stored: a commit still being written, refused part way, or cut short by a crash.
     */
    private Set<Long> incompleteCommitEvents(Collection<Document> documents) {
        return incompleteCommitEvents(events, documents);
    }

    /** As {@link #incompleteCommitEvents(Collection)}, for any reader of the events collection. */
    static Set<Long> incompleteCommitEvents(MongoCollection<Document> events, Collection<Document> documents) {
        Map<Long, String> commitIdAtIndex = new HashMap<>();
        Set<Long> lastsToLookUp = new HashSet<>();
        for (Document document : documents) {
            commitIdAtIndex.put(document.getLong(GLOBAL_INDEX), document.getString(COMMIT_ID));
        }
        for (Document document : documents) {
            Long last = document.getLong(COMMIT_LAST);
            if (last != null && !commitIdAtIndex.containsKey(last)) {
                lastsToLookUp.add(last);
            }
        }
        if (!lastsToLookUp.isEmpty()) {
            events.find(in(GLOBAL_INDEX, lastsToLookUp)).projection(Projections.include(GLOBAL_INDEX, COMMIT_ID))
                    .forEach(document -> commitIdAtIndex.put(document.getLong(GLOBAL_INDEX), document.getString(COMMIT_ID)));
        }
        Set<Long> incomplete = new HashSet<>();
        for (Document document : documents) {
            Long last = document.getLong(COMMIT_LAST);
            if (last != null && !Objects.equals(commitIdAtIndex.get(last), document.getString(COMMIT_ID))) {
                incomplete.add(document.getLong(GLOBAL_INDEX));
            }
        }
        return incomplete;
    }

    /**
     * Removes the events of an incomplete commit once its writer has had longer than the gap timeout
     * to finish it (it crashed between the inserts), so that the aggregates it touched take new
     * events again. Only events of that very commit are removed.
     */
    private void removeIfAbandoned(Document incompleteEvent) {
        Date storedAt = incompleteEvent.getDate(STORED_AT);
        if (storedAt == null || !storedAt.toInstant().isBefore(clock.instant().minus(gapTimeout))) {
            return;
        }
        String commitId = incompleteEvent.getString(COMMIT_ID);
        List<Long> commitIndexes = LongStream.rangeClosed(incompleteEvent.getLong(COMMIT_FIRST), incompleteEvent.getLong(COMMIT_LAST))
                .boxed().toList();
        List<String> keys = new ArrayList<>();
        events.find(in(GLOBAL_INDEX, commitIndexes)).projection(Projections.include(ID, COMMIT_ID))
                .forEach(document -> {
                    if (commitId.equals(document.getString(COMMIT_ID))) {
                        keys.add(document.getString(ID));
                    }
                });
        if (!keys.isEmpty()) {
            long removed = events.deleteMany(and(in(ID, keys), eq(COMMIT_ID, commitId))).getDeletedCount();
            log.warn("Removed {} events of an append that was never completed (its writer stopped part way, stored at {})",
                    removed, storedAt.toInstant());
        }
    }

    /**
     * Each event's place in the log (its global index), by event id, for those of the ids the log
     * holds: a tracked event's token gives the stream's position, which for an event stored after a
     * later-reserved one is that later event's (see fetchTrackedEvents).
     */
    public Map<String, Long> globalIndexes(Collection<String> eventIds) {
        Map<String, Long> indexes = new HashMap<>();
        events.find(in(EVENT_IDENTIFIER, eventIds)).projection(Projections.include(EVENT_IDENTIFIER, GLOBAL_INDEX))
                .forEach(event -> indexes.put(event.getString(EVENT_IDENTIFIER), event.getLong(GLOBAL_INDEX)));
        return indexes;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken token = withExpiredGapsDropped(startingPoint(lastToken));
        List<Document> found = new ArrayList<>();
        List<Long> wanted = new ArrayList<>(token.getGaps());
        long from = token.getIndex() + 1;
        // Indexes above the highest reserved one cannot hold an event yet: a reader at the head asks
        // for its gaps only, instead of a batch of keys that all cost a lookup (see aggregateEvents).
        // Reserved indexes only grow, so the counter is read again only when the batch reaches past
        // the highest value seen: a reader catching up pays no extra round trip per batch.
        long highestReserved = highestReservedSeen.get();
        boolean counterRead = false;
        if (from + batchSize - 1 > highestReserved) {
            highestReserved = readHighestReserved();
            counterRead = true;
        }
        while (true) {
            long to = Math.min(from + batchSize - 1, highestReserved);
            for (long index = from; index <= to; index++) {
                wanted.add(index);
            }
            if (!wanted.isEmpty()) {
                events.find(in(GLOBAL_INDEX, wanted)).into(found);
                // events of an append still being written stay gaps until the append is complete
                Set<Long> incomplete = incompleteCommitEvents(found);
                found.removeIf(document -> incomplete.contains(document.getLong(GLOBAL_INDEX)));
            }
            if (!found.isEmpty()) {
                break;
            }
            // A run of reserved indexes that will never be written (failed writes) must not stop the
            // reader: look further, up to the highest index reserved so far.
            if (to >= highestReserved) {
                if (counterRead) {
                    break;
                }
                highestReserved = readHighestReserved();
                counterRead = true;
                if (to >= highestReserved) {
                    break;
                }
            }
            wanted.clear();
            from = to + 1;
        }
        found.sort(Comparator.comparingLong(document -> document.getLong(GLOBAL_INDEX)));
        List<TrackedEventData<?>> tracked = new ArrayList<>(found.size());
        for (Document document : found) {
            token = token.advanceTo(document.getLong(GLOBAL_INDEX), maxGapOffset);
            tracked.add(new TrackedDomainEventData<>(token, domainEventData(document)));
        }
        return tracked;
    }

    private static GapAwareTrackingToken startingPoint(TrackingToken lastToken) {
        if (lastToken == null) {
            return GapAwareTrackingToken.newInstance(0, List.of());
        }
        if (lastToken instanceof GapAwareTrackingToken gapAware) {
            return gapAware;
        }
        throw new IllegalArgumentException("This event store follows a global index; a " + lastToken.getClass().getSimpleName()
                + " from another store cannot be continued. Reset the processor's token.");
    }

    /**
     * Gives up the gaps that have waited longer than the gap timeout. For each run of gaps, the event
     * just above it was stored after the run's indexes were reserved (indexes only grow), so once that
     * event is older than the timeout the writers of the run have had at least that long.
     */
    private GapAwareTrackingToken withExpiredGapsDropped(GapAwareTrackingToken token) {
        SortedSet<Long> gaps = token.getGaps();
        if (gaps.isEmpty()) {
            return token;
        }
        SortedSet<Long> aboveRuns = new TreeSet<>();
        for (long gap : gaps) {
            if (!gaps.contains(gap + 1)) {
                aboveRuns.add(gap + 1);
            }
        }
        List<Document> neighbours = events.find(in(GLOBAL_INDEX, aboveRuns))
                .projection(Projections.include(GLOBAL_INDEX, STORED_AT))
                .into(new ArrayList<>());
        neighbours.sort(Comparator.comparingLong(document -> document.getLong(GLOBAL_INDEX)));
        Instant expiredBefore = clock.instant().minus(gapTimeout);
        GapAwareTrackingToken cleaned = token;
        for (Document neighbour : neighbours) {
            if (!neighbour.getDate(STORED_AT).toInstant().isBefore(expiredBefore)) {
                break;
            }
            cleaned = cleaned.withGapsTruncatedAt(neighbour.getLong(GLOBAL_INDEX));
        }
        return cleaned;
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    /**
     * The newest visible event, with the reserved indexes below it that are not visible yet kept as
     * gaps, so that a reader starting at the head still gets the writes in flight.
     */
    @Override
    public TrackingToken createHeadToken() {
        long highestReserved = highestReservedIndex();
        long lowest = Math.max(1, highestReserved - HEAD_WINDOW + 1);
        List<Long> window = LongStream.rangeClosed(lowest, highestReserved).boxed().toList();
        List<Document> stored = events.find(in(GLOBAL_INDEX, window))
                .projection(Projections.include(GLOBAL_INDEX, COMMIT_ID, COMMIT_LAST))
                .into(new ArrayList<>());
        Set<Long> incomplete = incompleteCommitEvents(stored);
        SortedSet<Long> visible = new TreeSet<>();
        stored.forEach(document -> visible.add(document.getLong(GLOBAL_INDEX)));
        visible.removeAll(incomplete);
        if (visible.isEmpty()) {
            return lowest <= 1 ? null : GapAwareTrackingToken.newInstance(lowest - 1, List.of());
        }
        long head = visible.last();
        List<Long> notYetVisible = window.stream().filter(index -> index < head && !visible.contains(index)).toList();
        return GapAwareTrackingToken.newInstance(head, notYetVisible);
    }

    /**
     * The position just before the first event (in stream order) whose own timestamp is at or after
     * the given time, as Axon's contract and its JDBC engine have it; the head when there is none. A
     * scan of the whole store: it serves the rare reset of a processor to a date, never the steady
     * reads. Timestamps are stored as fixed-width ISO text, so text order is time order.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = events.find(new Document(TIMESTAMP, new Document("$gte", DateTimeUtils.formatInstant(dateTime))))
                .projection(Projections.include(GLOBAL_INDEX))
                .sort(Sorts.ascending(GLOBAL_INDEX))
                .first();
        if (first == null) {
            return createHeadToken();
        }
        long index = first.getLong(GLOBAL_INDEX) - 1;
        return index <= 0 ? null : GapAwareTrackingToken.newInstance(index, List.of());
    }

    static DomainEventData<String> domainEventData(Document document) {
        String eventIdentifier = document.getString(EVENT_IDENTIFIER);
        String aggregateIdentifier = document.getString(AGGREGATE_IDENTIFIER);
        return new GenericDomainEventEntry<>(
                document.getString(TYPE),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                document.getLong(SEQUENCE_NUMBER),
                eventIdentifier,
                DateTimeUtils.parseInstant(document.getString(TIMESTAMP)),
                document.getString(PAYLOAD_TYPE),
                document.getString(PAYLOAD_REVISION),
                document.getString(PAYLOAD),
                document.getString(META_DATA));
    }

    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private int maxGapOffset = 10_000;
        private Clock clock = Clock.systemUTC();
        private Durability durability = Durability.EVERY_WRITE_ACKNOWLEDGED_DURABLE;
        private EventJournal journal;

        Builder() {
            persistenceExceptionResolver(new MongoDuplicateKeys());
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** How long a reserved index may stay invisible before readers stop waiting for it. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /** How far behind the newest event a gap is still remembered. */
        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** What makes the engine's other writes durable (the legacy migration); by default the store's own write concern. */
        public Builder durability(Durability durability) {
            this.durability = durability;
            return this;
        }

        /** The journal that makes appends durable on the embedded store; none on MongoDB. */
        public Builder journal(EventJournal journal) {
            this.journal = journal;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver persistenceExceptionResolver) {
            super.persistenceExceptionResolver(persistenceExceptionResolver);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("The MongoDatabase is required");
            }
            if (gapTimeout == null || gapTimeout.isNegative() || maxGapOffset < 1 || clock == null || durability == null) {
                throw new AxonConfigurationException("gapTimeout, maxGapOffset, clock and durability must be set, the numbers positive");
            }
        }

        public GlobalSequenceEventStorageEngine build() {
            return new GlobalSequenceEventStorageEngine(this);
        }
    }
}
