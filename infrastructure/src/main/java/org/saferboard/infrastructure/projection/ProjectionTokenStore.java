package org.saferboard.infrastructure.projection;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
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
 * <li>a token is stored only after every read-model write it covers is durable: the projections send
 * their writes before the processor stores its token (see BatchedWrites), and this store first waits
 * for {@link Durability}; then it records the token as the processor's checkpoint, then stores it;</li>
 * <li>a processor starts from its token only when the token is no further on than its checkpoint. A
 * token further on (its store kept the token but not the checkpoint written just before it), or one
 * without any checkpoint (written by an earlier version of SaferBoard, which stored tokens ahead of
 * the writes they covered), is not trusted: the processor starts from the checkpoint, or from the
 * start of the event log, and its idempotent handlers apply whatever the read model is missing and
 * skip what it has.</li>
 * </ul>
 */
public class ProjectionTokenStore implements TokenStore {

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

    public ProjectionTokenStore(TokenStore tokens, MongoDatabase database, Serializer serializer, Durability durability) {
        this.tokens = tokens;
        this.checkpoints = database.getCollection(CHECKPOINTS);
        this.serializer = serializer;
        this.durability = durability;
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        durability.awaitDurable();
        recordCheckpoint(token, processorName, segment);
        tokens.storeToken(token, processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
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
        if (stored == null || (trusted != null && trusted.covers(stored))) {
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

    @Override
    public void extendClaim(String processorName, int segment) {
        tokens.extendClaim(processorName, segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        tokens.releaseClaim(processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
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

    private static String key(String processorName, int segment) {
        return processorName + "/" + segment;
    }
}
