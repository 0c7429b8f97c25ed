package org.saferboard.infrastructure.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.AGGREGATE_IDENTIFIER;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.ID;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.SEQUENCE_NUMBER;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.eventKey;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.MongoException;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;

/**
 * Where an aggregate's sequence numbers skip some: Axon's repositories never write such a gap, but
 * Axon's storage contract allows it (an aggregate may start at sequence 1, a writer outside Axon may
 * skip numbers), and a reader must read past it. Readers look events up by exact key, which cannot
 * see past a missing number, so each append that opens a gap records where the stream resumes, and
 * marks the aggregate's first event; a reader consults the record only for an aggregate so marked.
 * An aggregate whose stream starts after a gap gets a placeholder under its first key, carrying the
 * mark and the aggregate's type: it is not an event (no reader is given it, its global index is
 * negative), and without it every load of an aggregate that does not exist yet would need a second
 * lookup. The record is kept apart from the events because it is bookkeeping about the stream, not
 * a fact of the case.
 */
final class AggregateStreamGaps {

    static final String COLLECTION = "event_stream_gaps";
    /** Set on an aggregate's first event once its stream has a gap. */
    static final String STREAM_HAS_GAPS = "streamHasGaps";
    /** Set on the placeholder that stands for a first event a stream does not have. */
    static final String PLACEHOLDER = "placeholder";
    private static final String PLACEHOLDER_SEQUENCE = "placeholders";
    private static final String RESUMES_AT = "resumesAt";

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> gaps;
    private final MongoCollection<Document> sequences;

    AggregateStreamGaps(MongoDatabase database, MongoCollection<Document> events, MongoCollection<Document> sequences) {
        this.events = events;
        this.gaps = database.getCollection(COLLECTION);
        this.sequences = sequences;
    }

    /**
     * Records every gap the given event documents would open, before they are stored: between two
     * events of one aggregate in the same append, and before the first one when its predecessor is
     * not stored (one exact-key lookup for all the aggregates of the append).
     */
    void recordGapsOpenedBy(List<Document> documents) {
        Map<String, List<Document>> byAggregate = new LinkedHashMap<>();
        for (Document document : documents) {
            byAggregate.computeIfAbsent(document.getString(AGGREGATE_IDENTIFIER), key -> new ArrayList<>()).add(document);
        }
        Map<String, Long> firstSequenceByAggregate = new LinkedHashMap<>();
        Map<String, List<Long>> resumptions = new LinkedHashMap<>();
        for (Map.Entry<String, List<Document>> aggregate : byAggregate.entrySet()) {
            List<Document> appended = aggregate.getValue();
            long first = appended.get(0).getLong(SEQUENCE_NUMBER);
            firstSequenceByAggregate.put(aggregate.getKey(), first);
            for (int i = 1; i < appended.size(); i++) {
                long previous = appended.get(i - 1).getLong(SEQUENCE_NUMBER);
                long sequenceNumber = appended.get(i).getLong(SEQUENCE_NUMBER);
                if (sequenceNumber > previous + 1) {
                    resumptions.computeIfAbsent(aggregate.getKey(), key -> new ArrayList<>()).add(sequenceNumber);
                }
            }
        }
        List<String> lookedUp = new ArrayList<>();
        firstSequenceByAggregate.forEach((aggregate, first) -> {
            if (first > 0) {
                lookedUp.add(eventKey(aggregate, first - 1));
                lookedUp.add(eventKey(aggregate, 0));
            }
        });
        Set<String> stored = new HashSet<>();
        if (!lookedUp.isEmpty()) {
            events.find(in(ID, lookedUp)).projection(Projections.include(ID))
                    .forEach(document -> stored.add(document.getString(ID)));
            firstSequenceByAggregate.forEach((aggregate, first) -> {
                if (first > 0 && !stored.contains(eventKey(aggregate, first - 1))) {
                    resumptions.computeIfAbsent(aggregate, key -> new ArrayList<>()).add(0, first);
                }
            });
        }
        for (Map.Entry<String, List<Long>> gapped : resumptions.entrySet()) {
            String aggregate = gapped.getKey();
            gaps.updateOne(eq(ID, aggregate), Updates.addEachToSet(RESUMES_AT, gapped.getValue()),
                    new UpdateOptions().upsert(true));
            Document firstAppended = byAggregate.get(aggregate).get(0);
            if (firstAppended.getLong(SEQUENCE_NUMBER) == 0) {
                firstAppended.append(STREAM_HAS_GAPS, true);
            } else if (stored.contains(eventKey(aggregate, 0))) {
                events.updateOne(eq(ID, eventKey(aggregate, 0)), Updates.set(STREAM_HAS_GAPS, true));
            } else {
                insertPlaceholder(aggregate, firstAppended.getString(GlobalSequenceEventStorageEngine.TYPE));
            }
        }
    }

    /** Stands for the first event of a stream that starts after a gap; a second writer's placeholder is as good. */
    private void insertPlaceholder(String aggregate, String type) {
        Document counter = sequences.findOneAndUpdate(eq(ID, PLACEHOLDER_SEQUENCE), Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        Document placeholder = new Document(ID, eventKey(aggregate, 0))
                .append(AGGREGATE_IDENTIFIER, aggregate)
                .append(SEQUENCE_NUMBER, 0L)
                .append(GlobalSequenceEventStorageEngine.TYPE, type)
                .append(GlobalSequenceEventStorageEngine.EVENT_IDENTIFIER, "placeholder:" + eventKey(aggregate, 0))
                .append(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, -counter.getLong("value"))
                .append(STREAM_HAS_GAPS, true)
                .append(PLACEHOLDER, true);
        try {
            events.insertOne(placeholder);
        } catch (MongoException e) {
            if (!MongoDuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    /** The sequence numbers at which the aggregate's stream resumes after a gap, in order. */
    TreeSet<Long> resumptionsOf(String aggregateIdentifier) {
        TreeSet<Long> resumptions = new TreeSet<>();
        Document gapped = gaps.find(eq(ID, aggregateIdentifier)).first();
        if (gapped != null) {
            gapped.getList(RESUMES_AT, Number.class).forEach(number -> resumptions.add(number.longValue()));
        }
        return resumptions;
    }
}
