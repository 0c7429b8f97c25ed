package org.saferboard.query.action;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.events.ActionCancelled;
import org.saferboard.api.action.events.ActionCompleted;
import org.saferboard.api.action.events.ActionDueDateRequested;
import org.saferboard.api.action.events.ActionDueDateRevised;
import org.saferboard.api.action.events.ActionEvent;
import org.saferboard.api.action.events.ActionProgressRecorded;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.action.events.ActionReassigned;
import org.saferboard.api.action.events.ActionReopened;
import org.saferboard.api.action.events.ActionState;
import org.saferboard.api.action.events.ActionWordingCorrected;
import org.saferboard.api.action.queries.FindAction;
import org.saferboard.api.action.queries.FindActionHistory;
import org.saferboard.api.action.queries.FindActions;
import org.saferboard.api.action.views.ActionDetails;
import org.saferboard.api.action.views.ActionHistoryEntry;
import org.saferboard.api.action.views.ActionHistoryPage;
import org.saferboard.api.action.views.ActionLogPage;
import org.saferboard.api.action.views.ActionSummary;
import org.saferboard.infrastructure.mongo.Collections;
import org.saferboard.infrastructure.projection.AppliedVersions;
import org.saferboard.infrastructure.projection.BatchedWrites;
import org.saferboard.infrastructure.projection.ReadModelRebuilds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The action log: one document per action (its id as _id) with its current state and what it was
 * raised with, and one document per later change of an action (_id {@code <action>/<version>}) for
 * its history, so that no document grows with an action's notes (MongoDB refuses a document over 16 MiB, and every rewrite of a growing one
 * costs its whole size). Each event is one atomic update by _id, sent only when the document is behind
 * the event's version, so an event delivered twice, or a replay over existing documents, changes
 * nothing; a history entry is inserted only if absent. The updates of a processor's batch go to
 * MongoDB together (see BatchedWrites). On the embedded server the log's filters are answered from
 * documents read by exact key (ActionLogKeys), written before the actions' documents; on MongoDB from
 * compound indexes (ActionLogReads).
 */
@Component
@ProcessingGroup(ActionLogProjection.PROCESSING_GROUP)
public class ActionLogProjection {

    /** Named anew when the read model changed shape (v3: the keys were added; v4: days kept in parts), so it is rebuilt. */
    public static final String PROCESSING_GROUP = "action-log-v4";
    public static final String COLLECTION = "action_log_v4";
    static final String HISTORY_COLLECTION = "action_history";
    /** Named with the read model, so that a store moving to a new version starts its keys empty. */
    static final String KEYS_COLLECTION = "action_log_keys_v4";

    private static final String ID = "_id";
    private static final String TITLE = "title";
    private static final String DESCRIPTION = "description";
    private static final String OWNER_NAME = "ownerName";
    private static final String OWNING_AGENCY = "owningAgency";
    /** ISO yyyy-MM-dd text, so that comparison and sorting follow the calendar. */
    private static final String DUE_DATE = "dueDate";
    private static final String STATUS = "status";
    private static final String SOURCE_KIND = "sourceKind";
    private static final String SOURCE_REFERENCE = "sourceReference";
    private static final String SOURCE_MEETING_ID = "sourceMeetingId";
    private static final String SOURCE_MINUTE_NUMBER = "sourceMinuteNumber";
    private static final String SOURCE_RESOLUTION_PART = "sourceResolutionPart";
    private static final String SOURCE_REVIEW_ID = "sourceReviewId";
    private static final String RAISED_AT = "raisedAt";
    /** The action as raised: its first history entry, kept in its own document (written with it, never changed). */
    private static final String RAISED_WITH = "raisedWith";
    private static final String OUTCOME = "outcome";
    private static final String DUE_DATE_REVISIONS = "dueDateRevisions";
    private static final String VERSION = AppliedVersions.VERSION;
    /** In the history documents: the action they belong to. */
    private static final String ACTION_ID = "actionId";
    private static final String HISTORY_CHANGE = "change";
    private static final String HISTORY_RECORDED_AT = "recordedAt";
    private static final String HISTORY_DETAILS = "details";
    /** Keys one lookup by _id asks for at once. */
    private static final int LOOKUP_CHUNK = 500;

    private final MongoCollection<Document> actions;
    private final MongoCollection<Document> history;
    private final ReadModelRebuilds rebuilds;
    private final BatchedWrites writes;
    private final BatchedWrites historyWrites;
    private final AppliedVersions appliedVersions;
    /** Kept only where the log is read from them: on the embedded server. */
    private final ActionLogKeys keys;
    private final Clock clock;

    @Autowired
    public ActionLogProjection(MongoDatabase saferBoardDatabase, Clock clock, ReadModelRebuilds rebuilds, ActionLogReads reads) {
        this(saferBoardDatabase, clock, rebuilds, reads, ActionLogKeys.PART_SIZE);
    }

    /** @param keyPartSize how many actions a part of a due date's list of a key holds, about (see ActionLogKeys.partsFor) */
    ActionLogProjection(MongoDatabase saferBoardDatabase, Clock clock, ReadModelRebuilds rebuilds, ActionLogReads reads, int keyPartSize) {
        this.rebuilds = rebuilds;
        this.actions = saferBoardDatabase.getCollection(COLLECTION);
        this.history = saferBoardDatabase.getCollection(HISTORY_COLLECTION);
        this.writes = new BatchedWrites(actions);
        this.historyWrites = BatchedWrites.details(history);
        this.appliedVersions = new AppliedVersions(actions);
        this.clock = clock;
        if (reads.exactKeys()) {
            this.keys = new ActionLogKeys(saferBoardDatabase.getCollection(KEYS_COLLECTION), this::storedEntries, keyPartSize);
        } else {
            this.keys = null;
            // each filter the log offers, with and without the status, then the log's order (due date, id)
            for (String filter : List.of(STATUS, OWNER_NAME, OWNING_AGENCY, SOURCE_KIND, SOURCE_MEETING_ID, SOURCE_REVIEW_ID)) {
                actions.createIndex(Indexes.ascending(filter, DUE_DATE, ID));
            }
            for (String filter : List.of(OWNER_NAME, OWNING_AGENCY, SOURCE_KIND)) {
                actions.createIndex(Indexes.ascending(filter, STATUS, DUE_DATE, ID));
            }
            actions.createIndex(Indexes.ascending(DUE_DATE, ID));
        }
    }

    @EventHandler
    void on(ActionRaised event) {
        Map<String, String> details = ActionChanges.detailsOf(event);
        Document action = new Document(TITLE, event.title())
                .append(DESCRIPTION, event.description())
                .append(OWNER_NAME, event.ownerName())
                .append(OWNING_AGENCY, event.owningAgency())
                .append(DUE_DATE, text(event.dueDate()))
                .append(STATUS, ActionStatus.OPEN.name())
                .append(SOURCE_KIND, event.source().kind().name())
                .append(SOURCE_REFERENCE, event.source().reference())
                .append(SOURCE_MEETING_ID, event.source().meetingId())
                .append(SOURCE_MINUTE_NUMBER, event.source().minuteNumber())
                .append(SOURCE_RESOLUTION_PART, event.source().resolutionPart())
                .append(SOURCE_REVIEW_ID, event.source().reviewId())
                .append(RAISED_AT, Date.from(event.raisedAt()))
                .append(DUE_DATE_REVISIONS, 0)
                .append(RAISED_WITH, new Document(new LinkedHashMap<>(details)))
                .append(VERSION, 1L);
        appliedVersions.claimCreation(event.actionId());
        // raised once: a batch delivered again must not take a later status or owner back to the first
        changeKeys(event.actionId(), stored -> stored != null ? stored : new ActionLogKeys.Entry(event.actionId(),
                event.dueDate(), ActionStatus.OPEN, event.ownerName(), event.owningAgency(), event.source().kind(),
                event.source().meetingId(), event.source().reviewId()));
        writes.write(new UpdateOneModel<>(eq(ID, event.actionId()), new Document("$setOnInsert", action),
                new UpdateOptions().upsert(true)));
    }

    @EventHandler
    void on(ActionProgressRecorded event, @SequenceNumber long sequenceNumber) {
        record(event, sequenceNumber, null);
    }

    @EventHandler
    void on(ActionReassigned event, @SequenceNumber long sequenceNumber) {
        record(event, sequenceNumber, entry -> entry.withOwner(event.ownerName(), event.owningAgency()),
                Updates.set(OWNER_NAME, event.ownerName()), Updates.set(OWNING_AGENCY, event.owningAgency()));
    }

    @EventHandler
    void on(ActionWordingCorrected event, @SequenceNumber long sequenceNumber) {
        record(event, sequenceNumber, null, Updates.set(TITLE, event.title()));
    }

    @EventHandler
    void on(ActionDueDateRevised event, @SequenceNumber long sequenceNumber) {
        record(event, sequenceNumber, entry -> entry.withDueDate(event.dueDate()),
                Updates.set(DUE_DATE, text(event.dueDate())), Updates.inc(DUE_DATE_REVISIONS, 1));
    }

    @EventHandler
    void on(ActionDueDateRequested event, @SequenceNumber long sequenceNumber) {
        record(event, sequenceNumber, null);
    }

    @EventHandler
    void on(ActionCompleted event, @SequenceNumber long sequenceNumber) {
        record(event, sequenceNumber, entry -> entry.withStatus(ActionStatus.COMPLETED),
                Updates.set(STATUS, ActionStatus.COMPLETED.name()), Updates.set(OUTCOME, event.outcome()));
    }

    @EventHandler
    void on(ActionReopened event, @SequenceNumber long sequenceNumber) {
        record(event, sequenceNumber, entry -> entry.withStatus(ActionStatus.OPEN),
                Updates.set(STATUS, ActionStatus.OPEN.name()), Updates.unset(OUTCOME));
    }

    @EventHandler
    void on(ActionCancelled event, @SequenceNumber long sequenceNumber) {
        record(event, sequenceNumber, entry -> entry.withStatus(ActionStatus.CANCELLED),
                Updates.set(STATUS, ActionStatus.CANCELLED.name()));
    }

    @ResetHandler
    void reset() {
        rebuilds.rebuildingFromStart(PROCESSING_GROUP);
        actions.deleteMany(new Document());
        history.deleteMany(new Document());
        if (keys != null) {
            keys.clear();
        }
    }

    @QueryHandler
    ActionLogPage handle(FindActions query) {
        LocalDate today = BusinessCalendar.today(clock);
        if (keys != null) {
            ActionLogKeys.Page found = keys.find(query, today);
            Map<String, ActionSummary> byId = actionsByIds(found.actionIds());
            List<ActionSummary> page = found.actionIds().stream().map(byId::get).filter(Objects::nonNull).toList();
            return new ActionLogPage(page, query.page(), query.size(), found.total());
        }
        Bson filter = filterFor(query, today);
        Bson byDueDate = query.dueDateOrder() == FindActions.DueDateOrder.LATEST_FIRST
                ? Sorts.orderBy(Sorts.descending(DUE_DATE), Sorts.ascending(ID))
                : Sorts.orderBy(Sorts.ascending(DUE_DATE), Sorts.ascending(ID));
        List<ActionSummary> page = new ArrayList<>();
        actions.find(filter)
                .projection(Projections.exclude(DESCRIPTION, RAISED_WITH))
                .sort(byDueDate)
                .skip(Math.multiplyExact(query.page(), query.size()))
                .limit(query.size())
                .forEach(document -> page.add(toSummary(document, today)));
        return new ActionLogPage(page, query.page(), query.size(), actions.countDocuments(filter));
    }

    @QueryHandler
    Optional<ActionDetails> handle(FindAction query) {
        return Optional.ofNullable(actions.find(eq(ID, query.actionId())).first()).map(document -> {
            long version = document.getLong(VERSION);
            long newest = Math.max(1, version - ActionDetails.HISTORY_SHOWN + 1);
            return toDetails(document, BusinessCalendar.today(clock),
                    historyOf(List.of(new HistoryRange(document, newest, version))).getOrDefault(query.actionId(), List.of()));
        });
    }

    /** A page of the action's history, oldest first; empty when the read model holds no such action. */
    @QueryHandler
    Optional<ActionHistoryPage> handle(FindActionHistory query) {
        Document action = actions.find(eq(ID, query.actionId())).first();
        if (action == null) {
            return Optional.empty();
        }
        long version = action.getLong(VERSION);
        long first = Math.multiplyExact((long) query.page(), query.size()) + 1;
        long last = Math.min(version, first + query.size() - 1);
        List<ActionHistoryEntry> entries = first > last ? List.of()
                : historyOf(List.of(new HistoryRange(action, first, last))).getOrDefault(query.actionId(), List.of());
        return Optional.of(new ActionHistoryPage(query.actionId(), query.page(), query.size(), version, entries));
    }

    /** Versions first to last (inclusive) of an action's history. */
    private record HistoryRange(Document action, long first, long last) {
    }

    /**
     * The history entries of each action in its range of versions: the first from the action's own
     * document, the others looked up by key.
     */
    private Map<String, List<ActionHistoryEntry>> historyOf(List<HistoryRange> ranges) {
        List<String> keys = new ArrayList<>();
        Map<String, List<ActionHistoryEntry>> byAction = new LinkedHashMap<>();
        for (HistoryRange range : ranges) {
            String actionId = range.action().getString(ID);
            if (range.first() == 1) {
                byAction.computeIfAbsent(actionId, id -> new ArrayList<>()).add(new ActionHistoryEntry(1, "ActionRaised",
                        range.action().getDate(RAISED_AT).toInstant(), stringMap(range.action().get(RAISED_WITH, Document.class))));
            }
            for (long version = Math.max(2, range.first()); version <= range.last(); version++) {
                keys.add(historyKey(actionId, version));
            }
        }
        Collections.forEachById(history, keys, LOOKUP_CHUNK, null, entry ->
                byAction.computeIfAbsent(entry.getString(ACTION_ID), id -> new ArrayList<>()).add(
                        new ActionHistoryEntry(entry.getLong(VERSION), entry.getString(HISTORY_CHANGE),
                                entry.getDate(HISTORY_RECORDED_AT).toInstant(),
                                stringMap(entry.get(HISTORY_DETAILS, Document.class)))));
        byAction.values().forEach(entries -> entries.sort(Comparator.comparingLong(ActionHistoryEntry::version)));
        return byAction;
    }

    /** The actions with the given ids that the read model holds, by id, without their histories. */
    public Map<String, ActionSummary> actionsByIds(Collection<String> actionIds) {
        if (actionIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = BusinessCalendar.today(clock);
        Map<String, ActionSummary> found = new HashMap<>();
        actions.find(in(ID, actionIds)).projection(Projections.exclude(DESCRIPTION, RAISED_WITH))
                .forEach(document -> found.put(document.getString(ID), toSummary(document, today)));
        return found;
    }

    /** The version of the action the read model holds; 0 when it holds none. */
    public long versionOf(String actionId) {
        return appliedVersions.storedVersion(actionId);
    }

    /**
     * Applies an event after the first to the action's document, and to the keys if it changes what they
     * hold: only when it was still to be applied (not delivered again), and before the document's write,
     * because the keys work out what changed from the document as stored.
     */
    private void record(ActionEvent event, long sequenceNumber, UnaryOperator<ActionLogKeys.Entry> keysChange,
                        Bson... stateChanges) {
        long version = AggregateVersions.fromSequenceNumber(sequenceNumber);
        writeHistory(event.actionId(), ActionChanges.entry(version, event));
        if (!appliedVersions.claim(event.actionId(), version)) {
            return; // delivered again (a retried batch, or a replay over the existing log)
        }
        if (keysChange != null) {
            changeKeys(event.actionId(), keysChange);
        }
        List<Bson> updates = new ArrayList<>(List.of(stateChanges));
        updates.add(Updates.set(VERSION, version));
        writes.write(new UpdateOneModel<>(eq(ID, event.actionId()), Updates.combine(updates)));
    }

    private void changeKeys(String actionId, UnaryOperator<ActionLogKeys.Entry> change) {
        if (keys != null) {
            keys.change(actionId, change);
        }
    }

    /** What the keys hold of the actions, as their documents stand before the batch's writes are sent. */
    private Map<String, ActionLogKeys.Entry> storedEntries(Collection<String> actionIds) {
        Map<String, ActionLogKeys.Entry> entries = new HashMap<>();
        Bson keyFields = Projections.include(DUE_DATE, STATUS, OWNER_NAME, OWNING_AGENCY, SOURCE_KIND, SOURCE_MEETING_ID,
                SOURCE_REVIEW_ID);
        Collections.forEachById(actions, new ArrayList<>(actionIds), LOOKUP_CHUNK, keyFields, document ->
                entries.put(document.getString(ID), new ActionLogKeys.Entry(document.getString(ID),
                        LocalDate.parse(document.getString(DUE_DATE)), ActionStatus.valueOf(document.getString(STATUS)),
                        document.getString(OWNER_NAME), document.getString(OWNING_AGENCY),
                        SourceKind.valueOf(document.getString(SOURCE_KIND)), document.getString(SOURCE_MEETING_ID),
                        document.getString(SOURCE_REVIEW_ID))));
        return entries;
    }

    /**
     * Written whether or not the action's document has applied the event already: the two live in
     * different collections, and a crash can keep the document's new version without its history
     * entry; the entry is inserted only if absent, so writing it again changes nothing.
     */
    private void writeHistory(String actionId, ActionHistoryEntry change) {
        Document entry = new Document(ID, historyKey(actionId, change.version()))
                .append(ACTION_ID, actionId)
                .append(VERSION, change.version())
                .append(HISTORY_CHANGE, change.change())
                .append(HISTORY_RECORDED_AT, Date.from(change.recordedAt()))
                .append(HISTORY_DETAILS, new Document(new LinkedHashMap<>(change.details())));
        historyWrites.write(new InsertOneModel<>(entry));
    }

    private static String historyKey(String actionId, long version) {
        return actionId + "/" + version;
    }

    private static Bson filterFor(FindActions query, LocalDate today) {
        List<Bson> filters = new ArrayList<>();
        if (query.status() != null) {
            filters.add(eq(STATUS, query.status().name()));
        }
        if (query.ownerName() != null) {
            filters.add(eq(OWNER_NAME, query.ownerName()));
        }
        if (query.owningAgency() != null) {
            filters.add(eq(OWNING_AGENCY, query.owningAgency()));
        }
        if (query.sourceKind() != null) {
            filters.add(eq(SOURCE_KIND, query.sourceKind().name()));
        }
        if (query.reviewId() != null) {
            filters.add(eq(SOURCE_REVIEW_ID, query.reviewId()));
        }
        if (query.meetingId() != null) {
            filters.add(eq(SOURCE_MEETING_ID, query.meetingId()));
        }
        // ActionState.isOverdue as a filter: open and due before today
        if (Boolean.TRUE.equals(query.overdue())) {
            filters.add(and(eq(STATUS, ActionStatus.OPEN.name()), lt(DUE_DATE, text(today))));
        } else if (Boolean.FALSE.equals(query.overdue())) {
            filters.add(or(ne(STATUS, ActionStatus.OPEN.name()), gte(DUE_DATE, text(today))));
        }
        return filters.isEmpty() ? new Document() : and(filters);
    }

    private static ActionSummary toSummary(Document document, LocalDate today) {
        ActionStatus status = ActionStatus.valueOf(document.getString(STATUS));
        LocalDate dueDate = LocalDate.parse(document.getString(DUE_DATE));
        return new ActionSummary(document.getString(ID), document.getString(TITLE), document.getString(OWNER_NAME),
                document.getString(OWNING_AGENCY), dueDate, status, ActionState.isOverdue(status, dueDate, today),
                ActionState.ragOf(status, dueDate, document.getInteger(DUE_DATE_REVISIONS, 0), today),
                source(document), document.getLong(VERSION));
    }

    private static ActionDetails toDetails(Document document, LocalDate today, List<ActionHistoryEntry> history) {
        ActionStatus status = ActionStatus.valueOf(document.getString(STATUS));
        LocalDate dueDate = LocalDate.parse(document.getString(DUE_DATE));
        return new ActionDetails(document.getString(ID), document.getString(TITLE), document.getString(DESCRIPTION),
                document.getString(OWNER_NAME), document.getString(OWNING_AGENCY), dueDate, status,
                ActionState.isOverdue(status, dueDate, today),
                ActionState.ragOf(status, dueDate, document.getInteger(DUE_DATE_REVISIONS, 0), today),
                source(document), document.getDate(RAISED_AT).toInstant(),
                document.getString(OUTCOME), document.getInteger(DUE_DATE_REVISIONS, 0), document.getLong(VERSION),
                document.getLong(VERSION), history);
    }

    private static ActionSource source(Document document) {
        return new ActionSource(SourceKind.valueOf(document.getString(SOURCE_KIND)), document.getString(SOURCE_REFERENCE),
                document.getString(SOURCE_MEETING_ID), document.getInteger(SOURCE_MINUTE_NUMBER),
                document.getString(SOURCE_RESOLUTION_PART), document.getString(SOURCE_REVIEW_ID));
    }

    private static Map<String, String> stringMap(Document document) {
        Map<String, String> map = new LinkedHashMap<>();
        document.forEach((name, value) -> map.put(name, String.valueOf(value)));
        return map;
    }

    private static String text(LocalDate date) {
        return ActionChanges.text(date);
    }
}
