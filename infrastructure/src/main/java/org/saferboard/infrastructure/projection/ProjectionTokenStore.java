package org.saferboard.infrastructure.projection;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.saferboard.infrastructure.durability.Durability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracking tokens of the projections (kept by axon-mongo's token store), with two rules that keep
 * a read model from falling behind its own token:
 * <ul>
 * <li>a token is stored only once every read-model write it covers is durable. The projections send
 * their writes before the processor hands its token over (see BatchedWrites); the token then waits,
 * in memory, until a commit of the store has covered those writes, and the processor's stored token
 * is the newest one that no longer waits. The embedded store commits every second on its own; a
 * token that has waited longer than {@code forcedCommitInterval} forces a commit, shared by all the
 * processors. Tokens lag by about that much, and a restart repeats at most that much of a
 * processor's work, which its idempotent handlers skip. Before a token is stored it is recorded as
 * the processor's checkpoint;</li>
 * <li>a processor starts from its token only when the token is no further on than its checkpoint. A
 * token further on (its store kept the token but not the checkpoint written just before it, or a
 * read model was cleared for a rebuild and the new token was lost), or one without any checkpoint
 * (written by an earlier version of SaferBoard, which stored tokens ahead of the writes they
 * covered), is not trusted: the processor starts from the checkpoint, or from the start of the event
 * log, and its idempotent handlers apply whatever the read model is missing and skip what it has.</li>
 * </ul>
 */
public class ProjectionTokenStore implements TokenStore, ReadModelRebuilds {

    static final String CHECKPOINTS = "projection_checkpoints";

    private static final Logger log = LoggerFactory.getLogger(ProjectionTokenStore.class);
    private static final String ID = "_id";
    private static final String TOKEN = "token";
    private static final String TOKEN_TYPE = "tokenType";
    private static final String TOKEN_REVISION = "tokenRevision";

    private final TokenStore tokens;
    private final MongoCollection<Document> checkpoints;
    private final Serializer serializer;
    private final Durability durability;
    private final Duration forcedCommitInterval;
    private final Clock clock;
    private final Map<String, SegmentTokens> segments = new ConcurrentHashMap<>();

    public ProjectionTokenStore(TokenStore tokens, MongoDatabase database, Serializer serializer, Durability durability,
                                Duration forcedCommitInterval, Clock clock) {
        this.tokens = tokens;
        this.checkpoints = database.getCollection(CHECKPOINTS);
        this.serializer = serializer;
        this.durability = durability;
        this.forcedCommitInterval = forcedCommitInterval;
        this.clock = clock;
    }

    /** The tokens of one segment this process handed over, waiting for their writes to be durable. */
    private static final class SegmentTokens {

        private record Waiting(TrackingToken token, long mark, Instant since) {
        }

        private final Deque<Waiting> waiting = new ArrayDeque<>();
        private TrackingToken stored;

        SegmentTokens(TrackingToken stored) {
            this.stored = stored;
        }
    }

    /**
     * A token handed over while the processor's unit of work for the batch is still open (Axon stores
     * the token before the batch when it runs in a transaction, in the commit phase otherwise) waits
     * for that unit of work to commit, after every write of the batch; a batch rolled back hands
     * nothing over. The store then writes the newest token already durable, which also keeps the
     * processor's claim (and fails as a lost claim does).
     */
    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        SegmentTokens claimed = segments.get(key(processorName, segment));
        if (claimed == null) {
            // not a segment this store started a processor on (a tool): stored at once, durably
            storeAtOnce(token, processorName, segment);
            return;
        }
        if (position(token) < position(claimed.stored)) {
            // a reset: its read model was cleared first, so the token that starts the rebuild must not wait
            synchronized (claimed) {
                claimed.waiting.clear();
                claimed.stored = token;
                storeAtOnce(token, processorName, segment);
            }
            return;
        }
        if (CurrentUnitOfWork.isStarted() && !CurrentUnitOfWork.get().root().phase().isAfter(UnitOfWork.Phase.PREPARE_COMMIT)) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> handOver(claimed, token));
        } else {
            handOver(claimed, token);
        }
        storeNewestDurable(claimed, processorName, segment, false);
    }

    private void storeAtOnce(TrackingToken token, String processorName, int segment) {
        durability.awaitDurable();
        recordCheckpoint(token, processorName, segment);
        tokens.storeToken(token, processorName, segment);
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        SegmentTokens claimed = segments.get(key(processorName, segment));
        if (claimed != null) {
            storeNewestDurable(claimed, processorName, segment, false);
        } else {
            tokens.extendClaim(processorName, segment);
        }
    }

    private void handOver(SegmentTokens claimed, TrackingToken token) {
        synchronized (claimed) {
            claimed.waiting.addLast(new SegmentTokens.Waiting(token, durability.mark(), clock.instant()));
        }
    }

    /**
     * Stores the newest token whose writes are durable, forcing a commit first when the oldest
     * waiting token has waited longer than the interval; with none newer than the one stored, extends
     * the claim instead (axon-mongo takes a write of the same token in the same millisecond, which
     * changes nothing, for a claim lost to another node).
     */
    private void storeNewestDurable(SegmentTokens claimed, String processorName, int segment, boolean forceCommit) {
        synchronized (claimed) {
            SegmentTokens.Waiting oldest = claimed.waiting.peekFirst();
            if (oldest != null && !durability.isDurable(oldest.mark())
                    && (forceCommit || !clock.instant().isBefore(oldest.since().plus(forcedCommitInterval)))) {
                durability.awaitDurable();
            }
            TrackingToken newest = null;
            while (!claimed.waiting.isEmpty() && durability.isDurable(claimed.waiting.peekFirst().mark())) {
                newest = claimed.waiting.pollFirst().token();
            }
            if (newest != null && !newest.equals(claimed.stored)) {
                recordCheckpoint(newest, processorName, segment);
                claimed.stored = newest;
                tokens.storeToken(newest, processorName, segment);
            } else {
                tokens.extendClaim(processorName, segment);
            }
        }
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        TrackingToken trusted = trustedToken(processorName, segment);
        segments.put(key(processorName, segment), new SegmentTokens(trusted));
        return trusted;
    }

    private TrackingToken trustedToken(String processorName, int segment) {
        TrackingToken stored = tokens.fetchToken(processorName, segment);
        Document checkpoint = checkpoints.find(eq(ID, key(processorName, segment))).first();
        if (checkpoint == null) {
            if (stored == null) {
                return null;
            }
            log.warn("The read model of {} (segment {}) has a tracking token but no checkpoint: it was written by a version "
                    + "that stored tokens before the writes they covered were durable. Its events are checked again from the "
                    + "start of the event log; what the read model already has is skipped.", processorName, segment);
            return null;
        }
        TrackingToken trusted = checkpointToken(checkpoint);
        if (position(stored) <= position(trusted)) {
            return stored;
        }
        log.warn("The tracking token of {} (segment {}) is further on than its last checkpoint; it resumes from the "
                + "checkpoint so that no event its read model might lack is passed over.", processorName, segment);
        return trusted;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        initializeTokenSegments(processorName, segmentCount, null);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        for (int segment = 0; segment < segmentCount; segment++) {
            recordCheckpoint(initialToken, processorName, segment);
        }
        tokens.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        recordCheckpoint(token, processorName, segment);
        tokens.initializeSegment(token, processorName, segment);
    }

    /** Before the claim goes, the segment's last token is made durable and stored, so a restart repeats nothing. */
    @Override
    public void releaseClaim(String processorName, int segment) {
        SegmentTokens claimed = segments.remove(key(processorName, segment));
        if (claimed != null) {
            synchronized (claimed) {
                if (!claimed.waiting.isEmpty()) {
                    storeNewestDurable(claimed, processorName, segment, true);
                }
            }
        }
        tokens.releaseClaim(processorName, segment);
    }

    /**
     * Called before a processor's read model is cleared for a rebuild (its reset handler): its
     * checkpoints go back to the start of the event log, durably, so that if the process stops
     * before the processor stores its new token, the next start rebuilds the read model instead of
     * resuming past everything it no longer holds.
     */
    @Override
    public void rebuildingFromStart(String processorName) {
        for (int segment : tokens.fetchSegments(processorName)) {
            recordCheckpoint(null, processorName, segment);
        }
        durability.awaitDurable();
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        segments.remove(key(processorName, segment));
        tokens.deleteToken(processorName, segment);
        checkpoints.deleteOne(eq(ID, key(processorName, segment)));
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return tokens.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return tokens.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return tokens.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return tokens.retrieveStorageIdentifier();
    }

    private void recordCheckpoint(TrackingToken token, String processorName, int segment) {
        Document checkpoint = new Document(ID, key(processorName, segment));
        if (token != null) {
            SerializedObject<String> serialized = serializer.serialize(token, String.class);
            checkpoint.append(TOKEN, serialized.getData())
                    .append(TOKEN_TYPE, serialized.getType().getName())
                    .append(TOKEN_REVISION, serialized.getType().getRevision());
        }
        checkpoints.replaceOne(eq(ID, checkpoint.getString(ID)), checkpoint, new ReplaceOptions().upsert(true));
    }

    private TrackingToken checkpointToken(Document checkpoint) {
        String token = checkpoint.getString(TOKEN);
        if (token == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(token, String.class, checkpoint.getString(TOKEN_TYPE),
                checkpoint.getString(TOKEN_REVISION)));
    }

    /** How far into the event log a token reaches; the start of the log for none. */
    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }

    private static String key(String processorName, int segment) {
        return processorName + "/" + segment;
    }
}
