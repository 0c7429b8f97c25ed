package org.saferboard.infrastructure.eventstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * The hash chain over the event log. Every visible event gets, in global-index order, a {@code chain}
 * field: the index it was chained at, its hash (see {@link ChainLinks}) and the index, id and case of
 * the event it chains from; the newest link is the chain's head.
 *
 * <p>Events are chained after they are stored, by whichever process follows the log, rather than
 * when they are appended: writers reserve indexes and insert concurrently, in any order, so the
 * event before an append is not always stored yet when the append is. The chain waits for an index
 * that is reserved but not visible, as the projections do, and passes over it once the event stored
 * after it is older than the gap timeout (a write that failed). Several processes may chain at once:
 * each link is a pure function of the events before it, and the head moves only from the value a
 * process read, so a process that lost the race starts again from the newer head. The first start
 * after an upgrade chains every event stored before, in order.
 */
public class EventChain {

    static final String CHAIN = "chain";
    static final String CHAIN_INDEX = "index";
    static final String CHAIN_HASH = "hash";
    static final String PREVIOUS_INDEX = "previousIndex";
    static final String PREVIOUS_EVENT = "previousEventId";
    static final String PREVIOUS_CASE = "previousCase";
    static final String HEADS = "event_chain";
    private static final String HEAD_ID = "head";
    private static final String EVENT_ID = "eventId";
    private static final String CASE = "case";

    private static final int BATCH = 1_000;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> sequences;
    private final MongoCollection<Document> heads;
    private final Duration gapTimeout;
    private final Clock clock;
    private final byte[] key;

    /**
     * @param key the chain key ({@code SAFERBOARD_CHAIN_KEY}) that turns printed heads into HMACs; null for none
     */
    public EventChain(MongoDatabase database, Duration gapTimeout, Clock clock, byte[] key) {
        this.events = database.getCollection(GlobalSequenceEventStorageEngine.EVENTS);
        this.sequences = database.getCollection(GlobalSequenceEventStorageEngine.SEQUENCES);
        this.heads = database.getCollection(HEADS);
        this.gapTimeout = gapTimeout;
        this.clock = clock;
        this.key = key == null ? null : key.clone();
    }

    /** The newest link: its index, hash and the anchor printed in the board's papers. Empty before the first event is chained. */
    public Optional<ChainHead> head() {
        Document head = heads.find(eq("_id", HEAD_ID)).first();
        if (head == null) {
            return Optional.empty();
        }
        long index = head.getLong(CHAIN_INDEX);
        String hash = head.getString(CHAIN_HASH);
        return Optional.of(new ChainHead(index, hash, head.getString(EVENT_ID), ChainLinks.anchor(key, index, hash), key != null));
    }

    /**
     * Chains the events stored since the head, as far as the log is complete.
     *
     * @return how many events were chained
     */
    public long extend() {
        long chained = 0;
        while (true) {
            Link head = headLink();
            long highestReserved = highestReserved();
            if (head.index() >= highestReserved) {
                return chained;
            }
            long from = head.index() + 1;
            long to = Math.min(from + BATCH - 1, highestReserved);
            Map<Long, Document> visible = visibleEvents(from, to);
            List<WriteModel<Document>> writes = new ArrayList<>();
            Link link = head;
            for (long index = from; index <= to; index++) {
                Document event = visible.get(index);
                if (event == null) {
                    if (givenUp(index, visible, to, highestReserved)) {
                        continue;
                    }
                    break;
                }
                Link next = new Link(index, ChainLinks.linkHash(link.hash(), index, event),
                        event.getString(GlobalSequenceEventStorageEngine.EVENT_IDENTIFIER),
                        event.getString(GlobalSequenceEventStorageEngine.AGGREGATE_IDENTIFIER));
                writes.add(new UpdateOneModel<>(eq("_id", event.get("_id")), Updates.set(CHAIN, new Document(CHAIN_INDEX, index)
                        .append(CHAIN_HASH, next.hash())
                        .append(PREVIOUS_INDEX, link.index())
                        .append(PREVIOUS_EVENT, link.eventId())
                        .append(PREVIOUS_CASE, link.caseId()))));
                link = next;
            }
            if (writes.isEmpty()) {
                return chained;
            }
            events.bulkWrite(writes, new BulkWriteOptions().ordered(true));
            if (!moveHead(head, link)) {
                continue;
            }
            chained += writes.size();
        }
    }

    /**
     * Walks the whole log in global order, a batch at a time (constant memory), recomputing every link.
     *
     * @param recordedHeads heads recorded earlier (in minutes), each to be found still on the chain
     * @param progress told the number of events verified after each batch
     */
    public ChainVerification verify(List<RecordedHead> recordedHeads, Consumer<Long> progress) {
        Optional<ChainHead> head = head();
        long lastIndex = head.map(ChainHead::index).orElse(0L);
        Map<Long, List<RecordedHead>> headsAt = new HashMap<>();
        recordedHeads.forEach(recorded -> headsAt.computeIfAbsent(recorded.index(), index -> new ArrayList<>()).add(recorded));
        List<RecordedHeadCheck> checks = new ArrayList<>();
        Link link = Link.GENESIS;
        long verified = 0;
        for (LogInOrder.Batch batch : LogInOrder.batches(events, 1, lastIndex)) {
            for (Document event : batch.events()) {
                long index = index(event);
                Document chain = event.get(CHAIN, Document.class);
                if (chain == null && batch.incomplete().contains(index)) {
                    continue;
                }
                Optional<BrokenLink> broken = brokenLink(link, index, event, chain);
                if (broken.isPresent()) {
                    checks.addAll(unreached(headsAt, "the chain is broken before it"));
                    return ChainVerification.broken(verified, broken.get(), checks);
                }
                link = new Link(index, chain.getString(CHAIN_HASH), eventId(event), caseOf(event));
                verified++;
                for (RecordedHead recorded : headsAt.getOrDefault(index, List.of())) {
                    checks.add(check(recorded, link));
                }
                headsAt.remove(index);
            }
            progress.accept(verified);
        }
        if (head.isPresent() && link.index() != lastIndex) {
            checks.addAll(unreached(headsAt, "the chain is broken before it"));
            return ChainVerification.broken(verified, new BrokenLink(lastIndex, head.get().eventId(), null, BrokenLink.Kind.REMOVED,
                    "the event at the chain's head, index " + lastIndex + ", is missing"), checks);
        }
        checks.addAll(unreached(headsAt, "the chain does not reach that index"));
        return ChainVerification.verified(verified, head.orElse(null), checks);
    }

    private static Optional<BrokenLink> brokenLink(Link previous, long index, Document event, Document chain) {
        String eventId = eventId(event);
        String caseId = caseOf(event);
        if (chain == null) {
            return Optional.of(new BrokenLink(index, eventId, caseId, BrokenLink.Kind.INSERTED,
                    "the event at index " + index + " is not on the chain: it was added behind SaferBoard's back"));
        }
        long chainedAt = chain.getLong(CHAIN_INDEX);
        if (chainedAt != index) {
            return Optional.of(new BrokenLink(index, eventId, caseId, BrokenLink.Kind.REORDERED,
                    "the event at index " + index + " was chained at index " + chainedAt + ": events were moved"));
        }
        long previousIndex = chain.getLong(PREVIOUS_INDEX);
        if (previousIndex > previous.index()) {
            return Optional.of(new BrokenLink(previousIndex, chain.getString(PREVIOUS_EVENT), chain.getString(PREVIOUS_CASE),
                    BrokenLink.Kind.REMOVED, "the event at index " + previousIndex + " is missing: the event at index " + index
                    + " chains from it"));
        }
        if (previousIndex < previous.index()) {
            return Optional.of(new BrokenLink(previous.index(), previous.eventId(), previous.caseId(), BrokenLink.Kind.INSERTED,
                    "the event at index " + previous.index() + " is not on the chain: the event at index " + index
                            + " chains from index " + previousIndex));
        }
        if (!ChainLinks.linkHash(previous.hash(), index, event).equals(chain.getString(CHAIN_HASH))) {
            return Optional.of(new BrokenLink(index, eventId, caseId, BrokenLink.Kind.EDITED,
                    "the event at index " + index + " is not what was chained: it was edited"));
        }
        return Optional.empty();
    }

    private RecordedHeadCheck check(RecordedHead recorded, Link link) {
        boolean onChain = recorded.value().equalsIgnoreCase(link.hash())
                || recorded.value().equalsIgnoreCase(ChainLinks.anchor(key, link.index(), link.hash()));
        return new RecordedHeadCheck(recorded.index(), recorded.value(), onChain, onChain
                ? "on the chain at index " + recorded.index()
                : "not on the chain: the event log at index " + recorded.index() + " is not the one this head was recorded from");
    }

    private static List<RecordedHeadCheck> unreached(Map<Long, List<RecordedHead>> headsAt, String why) {
        List<RecordedHeadCheck> checks = new ArrayList<>();
        headsAt.values().forEach(recorded -> recorded.forEach(head ->
                checks.add(new RecordedHeadCheck(head.index(), head.value(), false, "not confirmed: " + why))));
        headsAt.clear();
        return checks;
    }

    /**
     * Whether the chain passes over a reserved index that holds no visible event: once an event stored
     * after it is older than the gap timeout, its writer has failed (the same rule as the projections').
     */
    private boolean givenUp(long index, Map<Long, Document> visible, long batchEnd, long highestReserved) {
        Instant expiredBefore = clock.instant().minus(gapTimeout);
        Document above = null;
        for (long candidate = index + 1; candidate <= batchEnd && above == null; candidate++) {
            above = visible.get(candidate);
        }
        for (long from = batchEnd + 1; above == null && from <= highestReserved; from += BATCH) {
            Map<Long, Document> further = visibleEvents(from, Math.min(from + BATCH - 1, highestReserved));
            above = further.isEmpty() ? null : further.get(further.keySet().stream().min(Long::compare).orElseThrow());
        }
        if (above == null) {
            return false;
        }
        Date storedAt = above.getDate(GlobalSequenceEventStorageEngine.STORED_AT);
        return storedAt != null && storedAt.toInstant().isBefore(expiredBefore);
    }

    private Map<Long, Document> visibleEvents(long from, long to) {
        Map<Long, Document> visible = new HashMap<>();
        LogInOrder.visible(events, from, to).forEach(event -> visible.put(index(event), event));
        return visible;
    }

    /**
     * Makes the chain's head the link of the given index, which a restore has put back with its
     * chain already checked, so that the chain is not computed over again.
     */
    void restoredUpTo(long index) {
        if (index == 0) {
            return;
        }
        Document event = events.find(eq(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, index)).first();
        Document link = event.get(CHAIN, Document.class);
        heads.replaceOne(eq("_id", HEAD_ID), new Document("_id", HEAD_ID).append(CHAIN_INDEX, index)
                .append(CHAIN_HASH, link.getString(CHAIN_HASH)).append(EVENT_ID, eventId(event)).append(CASE, caseOf(event)),
                new ReplaceOptions().upsert(true));
    }

    private Link headLink() {
        Document head = heads.find(eq("_id", HEAD_ID)).first();
        return head == null ? Link.GENESIS
                : new Link(head.getLong(CHAIN_INDEX), head.getString(CHAIN_HASH), head.getString(EVENT_ID), head.getString(CASE));
    }

    /** Moves the head on from the link this process read; false when another process moved it first. */
    private boolean moveHead(Link from, Link to) {
        Document head = new Document("_id", HEAD_ID).append(CHAIN_INDEX, to.index()).append(CHAIN_HASH, to.hash())
                .append(EVENT_ID, to.eventId()).append(CASE, to.caseId());
        if (from.index() == 0) {
            try {
                heads.insertOne(head);
                return true;
            } catch (MongoWriteException takenByAnother) {
                return false;
            }
        }
        return heads.replaceOne(and(eq("_id", HEAD_ID), eq(CHAIN_INDEX, from.index())), head, new ReplaceOptions())
                .getModifiedCount() == 1;
    }

    private long highestReserved() {
        Document sequence = sequences.find(eq("_id", GlobalSequenceEventStorageEngine.GLOBAL_INDEX_SEQUENCE)).first();
        return sequence == null ? 0 : sequence.getLong(GlobalSequenceEventStorageEngine.SEQUENCE_VALUE);
    }

    private static long index(Document event) {
        return LogInOrder.globalIndex(event);
    }

    private static String eventId(Document event) {
        return event.getString(GlobalSequenceEventStorageEngine.EVENT_IDENTIFIER);
    }

    private static String caseOf(Document event) {
        return event.getString(GlobalSequenceEventStorageEngine.AGGREGATE_IDENTIFIER);
    }

    /** One link of the chain: the event at an index and its hash. */
    private record Link(long index, String hash, String eventId, String caseId) {

        static final Link GENESIS = new Link(0, ChainLinks.GENESIS, null, null);
    }

    /** The newest link, and the anchor printed for it (the hash, or its HMAC under the chain key). */
    public record ChainHead(long index, String hash, String eventId, String anchor, boolean keyed) {

        /** The line printed in the footer of the board's papers. */
        public String printed() {
            return "Event log head " + index + ":" + anchor + (keyed ? " (HMAC-SHA-256)" : " (SHA-256)");
        }
    }

    /** A head recorded earlier, as printed: {@code index:hash-or-hmac}. */
    public record RecordedHead(long index, String value) {

        public static RecordedHead parse(String printed) {
            String text = printed.trim();
            if (text.startsWith("Event log head ")) {
                text = text.substring("Event log head ".length());
            }
            int space = text.indexOf(' ');
            if (space > 0) {
                text = text.substring(0, space);
            }
            int colon = text.indexOf(':');
            if (colon < 1 || !text.substring(colon + 1).matches("[0-9a-fA-F]{64}") || !text.substring(0, colon).matches("[0-9]{1,18}")) {
                throw new IllegalArgumentException("A recorded head is written index:hash, as printed in the footer of an Action Log"
                        + " (for example 1234:9f86d08...), with the 64 hexadecimal digits of the hash; '" + printed + "' is not");
            }
            return new RecordedHead(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1).toLowerCase());
        }
    }

    public record RecordedHeadCheck(long index, String recorded, boolean onChain, String finding) {
    }

    /** The first link that does not hold, and what happened to it. */
    public record BrokenLink(long index, String eventId, String caseId, Kind kind, String finding) {

        public enum Kind { EDITED, REMOVED, REORDERED, INSERTED }
    }

    public record ChainVerification(boolean intact, long eventsVerified, ChainHead head, BrokenLink brokenLink,
                                    List<RecordedHeadCheck> recordedHeads, String summary) {

        static ChainVerification verified(long count, ChainHead head, List<RecordedHeadCheck> checks) {
            boolean allHeadsFound = checks.stream().allMatch(RecordedHeadCheck::onChain);
            String summary = head == null ? "verified 0 events: the event log is empty"
                    : "verified " + count + " events, head " + head.hash() + " at index " + head.index();
            if (!allHeadsFound) {
                summary += "; " + checks.stream().filter(check -> !check.onChain()).count() + " recorded head(s) not on the chain";
            }
            return new ChainVerification(allHeadsFound, count, head, null, List.copyOf(checks), summary);
        }

        static ChainVerification broken(long count, BrokenLink link, List<RecordedHeadCheck> checks) {
            return new ChainVerification(false, count, null, link, List.copyOf(checks),
                    "broken link at index " + link.index() + " (event " + link.eventId() + ", case " + link.caseId() + "): "
                            + link.kind().name().toLowerCase() + ": " + link.finding());
        }
    }
}
