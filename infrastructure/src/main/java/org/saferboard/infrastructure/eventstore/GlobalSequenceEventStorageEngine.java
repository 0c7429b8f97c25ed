package org.saferboard.infrastructure.eventstore;

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
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
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
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * An event store on MongoDB in which no reader can skip an event. Every event gets a global index
 * from a counter that is incremented atomically before the insert; readers follow the index with
 * Axon's {@link GapAwareTrackingToken}, so an index that was reserved but is not visible yet (a slow
 * writer) is remembered as a gap and fetched when it appears. A gap that stays empty longer than the
 * gap timeout (a writer that failed after reserving) is given up, as Axon's JDBC engine does.
 *
 * <p>Every read is an exact-key lookup, which both a real MongoDB and mongo-java-server answer from an
 * index whatever the size of the store: an event's {@code _id} is {@code <aggregate>/<sequence>}, so
 * an aggregate loads with {@code _id $in [a/0, a/1, ...]}; the tracking stream fetches
 * {@code globalIndex $in [gaps..., next indexes...]} through a unique index; a snapshot's
 * {@code _id} is its aggregate. The {@code _id} also makes a second write of an aggregate's
 * sequence number fail, which Axon reports as a ConcurrencyException.
 *
 * <p>Written here rather than taken from axon-mongo: axon-mongo orders its stream by timestamp and
 * looks back a fixed window, so an event inserted later than that window after its timestamp is never
 * seen by a tracking processor.
 */
public class GlobalSequenceEventStorageEngine extends BatchingEventStorageEngine {

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
    private static final String SEQUENCE_VALUE = "value";
    /** MongoDB's name for the ascending index on globalIndex, as it appears in duplicate key errors. */
    private static final String GLOBAL_INDEX_INDEX_NAME = GLOBAL_INDEX + "_1";
    private static final int MAX_STORE_ATTEMPTS = 100;

    /** How many indexes back the head token looks for writes still in flight. */
    private static final int HEAD_WINDOW = 256;
    /** How many sequence numbers an aggregate load asks for first; most cases have a short history. */
    private static final int FIRST_AGGREGATE_WINDOW = 8;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> sequences;
    private final Duration gapTimeout;
    private final int maxGapOffset;
    private final Clock clock;
    private final AtomicLong highestReservedSeen = new AtomicLong();

    protected GlobalSequenceEventStorageEngine(Builder builder) {
        super(builder);
        this.events = builder.database.getCollection(EVENTS);
        this.snapshots = builder.database.getCollection(SNAPSHOTS);
        this.sequences = builder.database.getCollection(SEQUENCES);
        this.gapTimeout = builder.gapTimeout;
        this.maxGapOffset = builder.maxGapOffset;
        this.clock = builder.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The unique indexes every read relies on; safe to call at every start. */
    public void ensureIndexes() {
        events.createIndex(Indexes.ascending(GLOBAL_INDEX), new IndexOptions().unique(true));
        events.createIndex(Indexes.ascending(AGGREGATE_IDENTIFIER, SEQUENCE_NUMBER), new IndexOptions().unique(true));
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
            store(documents, false);
        } catch (MongoException e) {
            handlePersistenceException(e, messages.get(0));
        }
    }

    /**
     * Gives the events global indexes in the order given and inserts them in that order. When an index
     * turns out to be taken already, the events not yet inserted get new indexes and are inserted again:
     * on MongoDB the increment that reserves indexes is atomic and this never happens, but
     * mongo-java-server does not make a concurrent find-and-modify atomic, and the unique index on
     * the global index is what keeps two events from sharing one there.
     *
     * @param skipEventsAlreadyStored whether an event whose aggregate and sequence number are stored
     *                                already is passed over (the migration) rather than refused
     * @return how many events were inserted
     */
    long store(List<Document> documents, boolean skipEventsAlreadyStored) {
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
                return inserted + pending.size();
            } catch (MongoBulkWriteException e) {
                BulkWriteError error = e.getWriteErrors().get(0);
                int failedAt = error.getIndex();
                inserted += failedAt;
                boolean duplicate = error.getCode() == MongoDuplicateKeys.DUPLICATE_KEY;
                if (duplicate && error.getMessage().contains(GLOBAL_INDEX_INDEX_NAME)) {
                    pending = new ArrayList<>(pending.subList(failedAt, pending.size()));
                } else if (duplicate && skipEventsAlreadyStored) {
                    pending = new ArrayList<>(pending.subList(failedAt + 1, pending.size()));
                } else {
                    throw e;
                }
            }
        }
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

    /** Inserts events that already carry their global index; in order, so that a duplicate stops the rest. */
    void insert(List<Document> documents) {
        events.insertMany(documents, new InsertManyOptions().ordered(true));
    }

    /** Reads the counter and remembers the highest value seen. */
    private long readHighestReserved() {
        return highestReservedSeen.accumulateAndGet(highestReservedIndex(), Math::max);
    }

    private long highestReservedIndex() {
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
            // an event outside any aggregate is stored as the only event of a stream of its own
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
        List<Document> found = aggregateEvents(aggregateIdentifier, firstSequenceNumber, batchSize, null);
        found.sort(Comparator.comparingLong(document -> document.getLong(SEQUENCE_NUMBER)));
        return found.stream().map(GlobalSequenceEventStorageEngine::domainEventData).toList();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        long next = 0;
        while (true) {
            int found = aggregateEvents(aggregateIdentifier, next, batchSize(), Projections.include(ID)).size();
            next += found;
            if (found < batchSize()) {
                return next == 0 ? Optional.empty() : Optional.of(next - 1);
            }
        }
    }

    /**
     * Up to {@code limit} events of an aggregate from {@code first} on, looked up by key in windows
     * that start small and grow while they come back full. Every key asked for costs an index lookup
     * even when absent, and on mongo-java-server's H2 backend that lookup is expensive (it compares
     * keys by Java-serialising them), so a case with a short history is not asked for a whole batch.
     */
    private List<Document> aggregateEvents(String aggregateIdentifier, long first, int limit, Bson projection) {
        List<Document> found = new ArrayList<>();
        long next = first;
        int window = Math.min(FIRST_AGGREGATE_WINDOW, limit);
        while (window > 0) {
            List<String> keys = new ArrayList<>(window);
            for (long sequenceNumber = next; sequenceNumber < next + window; sequenceNumber++) {
                keys.add(eventKey(aggregateIdentifier, sequenceNumber));
            }
            FindIterable<Document> query = events.find(in(ID, keys));
            int before = found.size();
            (projection == null ? query : query.projection(projection)).into(found);
            if (found.size() - before < window) {
                break;
            }
            next += window;
            window = Math.min(window * 4, limit - found.size());
        }
        return found;
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
        SortedSet<Long> visible = new TreeSet<>();
        events.find(in(GLOBAL_INDEX, window)).projection(Projections.include(GLOBAL_INDEX))
                .forEach(document -> visible.add(document.getLong(GLOBAL_INDEX)));
        if (visible.isEmpty()) {
            return lowest <= 1 ? null : GapAwareTrackingToken.newInstance(lowest - 1, List.of());
        }
        long head = visible.last();
        List<Long> notYetVisible = window.stream().filter(index -> index < head && !visible.contains(index)).toList();
        return GapAwareTrackingToken.newInstance(head, notYetVisible);
    }

    /**
     * The position just before the first event stored at or after the given time. A range query over
     * the whole store: it serves the rare reset of a processor to a date, never the steady reads.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = events.find(new Document(STORED_AT, new Document("$gte", Date.from(dateTime))))
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
        return new GenericDomainEventEntry<>(
                document.getString(TYPE),
                document.getString(AGGREGATE_IDENTIFIER),
                document.getLong(SEQUENCE_NUMBER),
                document.getString(EVENT_IDENTIFIER),
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
            if (gapTimeout == null || gapTimeout.isNegative() || maxGapOffset < 1 || clock == null) {
                throw new AxonConfigurationException("gapTimeout, maxGapOffset and clock must be set and positive");
            }
        }

        public GlobalSequenceEventStorageEngine build() {
            return new GlobalSequenceEventStorageEngine(this);
        }
    }
}
