package org.saferboard.query.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.people.ActingUser;
import org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine;
import org.saferboard.infrastructure.projection.BatchedWrites;
import org.saferboard.infrastructure.projection.ReadModelRebuilds;
import org.springframework.stereotype.Component;

/**
 * The audit trail: one entry per recorded change of every case, in the order the event log holds them,
 * saying when, who (from the event's metadata; changes recorded before sign-in existed say so), what in
 * plain words and why. Written once per event (an entry already there is left as it is), so a batch
 * redelivered after a crash changes nothing.
 */
@Component
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
public class AuditTrailProjection {

    public static final String PROCESSING_GROUP = "audit-trail";
    public static final String COLLECTION = "audit_trail";

    private static final String ID = "_id";
    static final String POSITION = "position";
    static final String AT = "at";
    static final String CASE_KIND = "caseKind";
    static final String CASE_ID = "caseId";
    static final String VERSION = "version";
    static final String CHANGE = "change";
    static final String WHAT = "what";
    static final String WHY = "why";
    static final String USER_ID = "userId";
    static final String USER_NAME = "userName";
    static final String USER_AGENCY = "userAgency";
    static final String ROLE = "role";
    static final String REQUEST_ID = "requestId";
    static final String CORRELATION_ID = "correlationId";

    private final MongoCollection<Document> entries;
    /** Read through the storage engine, never through the database handle: a rebuild renames every collection the projection opens on it. */
    private final GlobalSequenceEventStorageEngine eventLog;
    private final BatchedWrites writes;
    private final ReadModelRebuilds rebuilds;
    private final String pendingKey;

    public AuditTrailProjection(MongoDatabase saferBoardDatabase, ReadModelRebuilds rebuilds, GlobalSequenceEventStorageEngine eventLog) {
        this.entries = saferBoardDatabase.getCollection(COLLECTION);
        this.eventLog = eventLog;
        this.pendingKey = AuditTrailProjection.class.getName() + "." + entries.getNamespace().getFullName();
        this.writes = new BatchedWrites(entries);
        this.rebuilds = rebuilds;
        entries.createIndex(Indexes.ascending(POSITION), new IndexOptions().unique(true));
        entries.createIndex(Indexes.ascending(CASE_ID));
        entries.createIndex(Indexes.ascending(USER_ID));
        entries.createIndex(Indexes.ascending(CHANGE));
        entries.createIndex(Indexes.ascending(AT));
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, TrackingToken token) {
        String caseKind = "";
        String caseId = "";
        long version = 0;
        if (message instanceof DomainEventMessage<?> domainEvent) {
            caseKind = domainEvent.getType() == null ? "" : domainEvent.getType();
            caseId = domainEvent.getAggregateIdentifier();
            version = domainEvent.getSequenceNumber() + 1;
        }
        ChangeInWords.Described described = ChangeInWords.describe(event, caseId);
        Document entry = new Document(AT, Date.from(message.getTimestamp()))
                .append(CASE_KIND, caseKind)
                .append(CASE_ID, caseId)
                .append(VERSION, version)
                .append(CHANGE, event.getClass().getSimpleName())
                .append(WHAT, described.what())
                .append(WHY, described.why())
                .append(CORRELATION_ID, text(message.getMetaData().get("correlationId")));
        ActingUser actor = ActingUser.fromMetaData(message.getMetaData());
        if (actor != null) {
            entry.append(USER_ID, actor.userId()).append(USER_NAME, actor.displayName()).append(USER_AGENCY, actor.agency())
                    .append(ROLE, actor.roleUsed()).append(REQUEST_ID, text(message.getMetaData().get(ActingUser.REQUEST_ID)));
        }
        Unplaced unplaced = new Unplaced(entry, token.position().orElseThrow());
        Map<String, Unplaced> pending = BatchedWrites.gatheredOverBatch(pendingKey, LinkedHashMap::new, this::place);
        if (pending == null) {
            place(Map.of(message.getIdentifier(), unplaced));
            return;
        }
        pending.put(message.getIdentifier(), unplaced);
    }

    /** An entry whose place in the event log is not looked up yet, with the position of the stream that delivered it. */
    private record Unplaced(Document entry, long streamPosition) {
    }

    /**
     * Gives each entry of a batch its event's own place in the event log, looked up together, and
     * writes them. The stream's position is not it: an event whose index was reserved before a later
     * event's but stored after it (a writer slower than another) comes once the stream has passed it,
     * with the stream's position, which is the later event's. An event the log does not hold (a test
     * feeding the handler itself) keeps the stream's position.
     */
    private void place(Map<String, Unplaced> unplaced) {
        if (unplaced.isEmpty()) {
            return;
        }
        Map<String, Long> places = eventLog.globalIndexes(unplaced.keySet());
        unplaced.forEach((eventId, entry) -> {
            Document placed = new Document(POSITION, places.getOrDefault(eventId, entry.streamPosition()));
            placed.putAll(entry.entry());
            writes.write(new UpdateOneModel<>(eq(ID, eventId), new Document("$setOnInsert", placed), new UpdateOptions().upsert(true)));
        });
    }

    @ResetHandler
    void reset() {
        rebuilds.rebuildingFromStart(PROCESSING_GROUP);
        entries.deleteMany(new Document());
    }

    /** Which entries a reader asks for; every criterion is optional. */
    public record Criteria(String caseKind, String caseId, String person, String change, Instant from, Instant until) {

        /** From business dates, both included: from the start of {@code from} to the end of {@code to} in Europe/London. */
        public static Criteria between(String caseKind, String caseId, String person, String change, LocalDate from, LocalDate to) {
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidFieldException("to", "is before from; give a range that ends on or after it starts");
            }
            Instant start = from == null ? null : from.atStartOfDay(BusinessCalendar.BUSINESS_ZONE).toInstant();
            Instant end = to == null ? null : to.plusDays(1).atStartOfDay(BusinessCalendar.BUSINESS_ZONE).toInstant();
            return new Criteria(caseKind, caseId, person, change, start, end);
        }

        Bson filter() {
            List<Bson> filters = new ArrayList<>();
            if (caseKind != null) {
                filters.add(eq(CASE_KIND, caseKind));
            }
            if (caseId != null) {
                filters.add(eq(CASE_ID, caseId));
            }
            if (person != null) {
                filters.add(eq(USER_ID, person));
            }
            if (change != null) {
                filters.add(eq(CHANGE, change));
            }
            if (from != null) {
                filters.add(gte(AT, Date.from(from)));
            }
            if (until != null) {
                filters.add(lt(AT, Date.from(until)));
            }
            return filters.isEmpty() ? new Document() : and(filters);
        }
    }

    /** A page of the entries that meet the criteria, oldest first, and how many meet them in all. */
    public AuditTrailPage find(Criteria criteria, int page, int size) {
        return new AuditTrailPage(entries(criteria, Math.multiplyExact(page, size), size), page, size,
                entries.countDocuments(criteria.filter()));
    }

    /**
     * A page of the entries that meet the criteria, oldest first within it; a page that is negative or past the last
     * is the last one (the newest changes), as the pages show a trail unless another page is asked for. Counts once.
     */
    public AuditTrailPage findOrNewest(Criteria criteria, int page, int size) {
        long total = entries.countDocuments(criteria.filter());
        int lastPage = (int) Math.max(0, (total - 1) / size);
        int shownPage = page < 0 || page > lastPage ? lastPage : page;
        return new AuditTrailPage(entries(criteria, Math.multiplyExact(shownPage, size), size), shownPage, size, total);
    }

    /** The newest version of a case the trail holds (0 for none): how far a page may wait for it to catch up. */
    public long versionOf(String caseId) {
        Document newest = entries.find(eq(CASE_ID, caseId)).sort(Sorts.descending(VERSION)).limit(1).first();
        return newest == null ? 0 : newest.getLong(VERSION);
    }

    /** The first {@code most} entries that meet the criteria, oldest first, read in one query (for downloads). */
    public List<AuditEntry> first(Criteria criteria, int most) {
        return entries(criteria, 0, most);
    }

    /** The newest {@code most} entries that meet the criteria, oldest of them first. */
    public List<AuditEntry> newest(Criteria criteria, int most) {
        List<AuditEntry> found = new ArrayList<>();
        entries.find(criteria.filter()).sort(Sorts.descending(POSITION)).limit(most).forEach(document -> found.add(entry(document)));
        Collections.reverse(found);
        return found;
    }

    private List<AuditEntry> entries(Criteria criteria, int skip, int limit) {
        List<AuditEntry> found = new ArrayList<>();
        entries.find(criteria.filter()).sort(Sorts.ascending(POSITION)).skip(skip).limit(limit)
                .forEach(document -> found.add(entry(document)));
        return found;
    }

    private static AuditEntry entry(Document document) {
        Instant at = document.getDate(AT).toInstant();
        String userId = document.getString(USER_ID);
        AuditEntry.Who who = userId == null ? null : new AuditEntry.Who(userId, document.getString(USER_NAME),
                document.getString(USER_AGENCY), document.getString(ROLE));
        return new AuditEntry(document.getLong(POSITION), at, at.atZone(BusinessCalendar.BUSINESS_ZONE).toLocalDateTime(),
                document.getString(CASE_KIND), document.getString(CASE_ID), document.getLong(VERSION), document.getString(CHANGE),
                who, AuditEntry.whoInWords(who), document.getString(WHAT), document.getString(WHY),
                document.getString(REQUEST_ID), document.getString(CORRELATION_ID));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
