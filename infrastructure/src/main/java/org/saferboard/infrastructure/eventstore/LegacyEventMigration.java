package org.saferboard.infrastructure.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.AGGREGATE_IDENTIFIER;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.EVENT_IDENTIFIER;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.ID;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.META_DATA;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.PAYLOAD;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.PAYLOAD_REVISION;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.PAYLOAD_TYPE;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.SEQUENCE_NUMBER;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.TIMESTAMP;
import static org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.TYPE;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves events stored by axon-mongo (collection {@code domainevents}, read in its own stream order:
 * timestamp, then sequence number) into the global-index event store, giving them consecutive global
 * indexes in that order. Idempotent and resumable: an event already moved (same aggregate and sequence
 * number) is skipped, so a run that stopped half way is finished by the next one, and a finished run
 * is recorded so that later starts skip the scan. The legacy collection is left as it was.
 */
public class LegacyEventMigration {

    static final String LEGACY_EVENTS = "domainevents";
    static final String MIGRATIONS = "event_store_migrations";
    static final String MIGRATION_ID = "axon-mongo-domainevents-to-global-index";
    static final String TRACKING_TOKENS = "trackingtokens";

    private static final Logger log = LoggerFactory.getLogger(LegacyEventMigration.class);
    private static final int CHUNK = 500;
    private static final String LEGACY_PAYLOAD = "serializedPayload";
    private static final String LEGACY_META_DATA = "serializedMetaData";

    private final MongoDatabase database;
    private final GlobalSequenceEventStorageEngine engine;
    private final Clock clock;

    public LegacyEventMigration(MongoDatabase database, GlobalSequenceEventStorageEngine engine, Clock clock) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
    }

    /** @return how many events this run moved */
    public long migrate() {
        return migrate(Long.MAX_VALUE);
    }

    /** Moves at most {@code limit} events: a run that stops early is what a crash half way looks like. */
    long migrate(long limit) {
        MongoCollection<Document> migrations = database.getCollection(MIGRATIONS);
        if (migrations.find(eq(ID, MIGRATION_ID)).first() != null || !legacyEventsExist()) {
            return 0;
        }
        MongoCollection<Document> legacy = database.getCollection(LEGACY_EVENTS);
        MongoCollection<Document> events = database.getCollection(GlobalSequenceEventStorageEngine.EVENTS);
        long moved = 0;
        List<Document> chunk = new ArrayList<>(CHUNK);
        // a one-time scan of the whole legacy collection, in axon-mongo's own stream order
        for (Document legacyEvent : legacy.find().sort(Sorts.ascending(TIMESTAMP, SEQUENCE_NUMBER, EVENT_IDENTIFIER))) {
            chunk.add(legacyEvent);
            if (chunk.size() == CHUNK) {
                moved += moveChunk(chunk, events, limit - moved);
                chunk.clear();
                if (moved >= limit) {
                    return moved;
                }
            }
        }
        moved += moveChunk(chunk, events, limit - moved);
        if (moved >= limit) {
            return moved;
        }
        // Tokens of the old store point into its timestamp order and cannot be continued; removing
        // them makes each processor rebuild its read model from the migrated log once (the
        // projections are idempotent, so nothing is counted twice).
        long tokens = database.getCollection(TRACKING_TOKENS).deleteMany(new Document()).getDeletedCount();
        migrations.updateOne(eq(ID, MIGRATION_ID), Updates.combine(
                        Updates.set("completedAt", Date.from(clock.instant())),
                        Updates.set("eventsMovedByLastRun", moved)),
                new UpdateOptions().upsert(true));
        log.info("Event store migration finished: {} events moved to the global-index store, {} old tracking tokens removed",
                moved, tokens);
        return moved;
    }

    private boolean legacyEventsExist() {
        return database.listCollectionNames().into(new ArrayList<>()).contains(LEGACY_EVENTS)
                && database.getCollection(LEGACY_EVENTS).find().first() != null;
    }

    private long moveChunk(List<Document> chunk, MongoCollection<Document> events, long limit) {
        if (chunk.isEmpty() || limit <= 0) {
            return 0;
        }
        List<String> keys = chunk.stream().map(LegacyEventMigration::key).toList();
        Set<String> alreadyMoved = new HashSet<>();
        events.find(in(ID, keys)).projection(Projections.include(ID))
                .forEach(document -> alreadyMoved.add(document.getString(ID)));
        List<Document> toMove = new ArrayList<>();
        for (Document legacyEvent : chunk) {
            if (!alreadyMoved.contains(key(legacyEvent)) && toMove.size() < limit) {
                toMove.add(legacyEvent);
            }
        }
        if (toMove.isEmpty()) {
            return 0;
        }
        List<Document> documents = toMove.stream().map(LegacyEventMigration::migrated).toList();
        // another process migrating at the same time may have moved some of these first; theirs stand
        return engine.storeMigratedEvents(documents);
    }

    private static String key(Document legacyEvent) {
        return GlobalSequenceEventStorageEngine.eventKey(legacyEvent.getString(AGGREGATE_IDENTIFIER),
                ((Number) legacyEvent.get(SEQUENCE_NUMBER)).longValue());
    }

    private static Document migrated(Document legacyEvent) {
        return new Document(ID, key(legacyEvent))
                .append(AGGREGATE_IDENTIFIER, legacyEvent.getString(AGGREGATE_IDENTIFIER))
                .append(SEQUENCE_NUMBER, ((Number) legacyEvent.get(SEQUENCE_NUMBER)).longValue())
                .append(TYPE, legacyEvent.getString(TYPE))
                .append(EVENT_IDENTIFIER, legacyEvent.getString(EVENT_IDENTIFIER))
                .append(TIMESTAMP, legacyEvent.getString(TIMESTAMP))
                .append(PAYLOAD_TYPE, legacyEvent.getString(PAYLOAD_TYPE))
                .append(PAYLOAD_REVISION, legacyEvent.getString(PAYLOAD_REVISION))
                .append(PAYLOAD, text(legacyEvent.get(LEGACY_PAYLOAD)))
                .append(META_DATA, text(legacyEvent.get(LEGACY_META_DATA)));
    }

    /** axon-mongo keeps serialized JSON as a string, as BSON or as bytes, depending on the serializer. */
    private static String text(Object serialized) {
        if (serialized == null || serialized instanceof String) {
            return (String) serialized;
        }
        if (serialized instanceof Document document) {
            return document.toJson();
        }
        if (serialized instanceof Binary binary) {
            return new String(binary.getData(), StandardCharsets.UTF_8);
        }
        if (serialized instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        throw new IllegalStateException("Unexpected serialized form " + serialized.getClass().getName());
    }
}
