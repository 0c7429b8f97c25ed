package org.saferboard.query.meeting;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.events.ActionEvent;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.action.events.ActionState;
import org.saferboard.api.meeting.events.AgendaItemAdded;
import org.saferboard.api.meeting.events.MeetingCancelled;
import org.saferboard.api.meeting.events.MeetingEvent;
import org.saferboard.api.meeting.events.MeetingScheduled;
import org.saferboard.api.meeting.queries.FindActionLogAtMeeting;
import org.saferboard.api.meeting.queries.FindMattersArising;
import org.saferboard.api.meeting.views.MattersArising;
import org.saferboard.api.meeting.views.MeetingActionLog;
import org.saferboard.infrastructure.projection.AppliedVersions;
import org.saferboard.infrastructure.projection.BatchedWrites;
import org.saferboard.infrastructure.projection.ReadModelRebuilds;
import org.springframework.stereotype.Component;

/**
 * The Action Log as a board saw it at a meeting: a read model of its own, fed by the meetings' and the
 * actions' events, so that it can be reset and rebuilt alone and a readAfter of either waits on it. It
 * keeps of each meeting its board, date, agenda items and whether it was cancelled, and of each action
 * where it came from and its state after every change, dated, as {@link ActionState} folds the typed
 * events; the log as at a date shows each action in its last state on or before that date.
 */
@Component
@ProcessingGroup(ActionLogAtMeeting.PROCESSING_GROUP)
public class ActionLogAtMeeting {

    /** Named anew when the dated states took the action's title, so the log is rebuilt in that shape. */
    public static final String PROCESSING_GROUP = "meeting-action-log-v2";
    static final String MEETINGS = "meeting_action_log_meetings_v2";
    static final String ACTIONS = "meeting_action_log_actions_v2";

    private static final String ID = "_id";
    private static final String VERSION = AppliedVersions.VERSION;
    private static final String BOARD_ID = "boardId";
    /** ISO yyyy-MM-dd text, so that comparison follows the calendar. */
    private static final String MEETING_DATE = "meetingDate";
    private static final String CANCELLED = "cancelled";
    private static final String ITEMS = "items";
    private static final String MINUTE_NUMBER = "minuteNumber";
    private static final String TITLE = "title";
    private static final String MEETING_ID = "meetingId";
    private static final String RESOLUTION_PART = "resolutionPart";
    private static final String STATES = "states";
    private static final String AT = "at";

    private final MongoCollection<Document> meetings;
    private final MongoCollection<Document> actions;
    private final BatchedWrites meetingWrites;
    private final BatchedWrites actionWrites;
    private final AppliedVersions meetingVersions;
    private final AppliedVersions actionVersions;
    private final ReadModelRebuilds rebuilds;
    private final String pendingStatesKey = ActionLogAtMeeting.class.getName() + ".pendingStates";

    public ActionLogAtMeeting(MongoDatabase saferBoardDatabase, ReadModelRebuilds rebuilds) {
        this.meetings = saferBoardDatabase.getCollection(MEETINGS);
        this.actions = saferBoardDatabase.getCollection(ACTIONS);
        this.meetingWrites = new BatchedWrites(meetings);
        this.actionWrites = new BatchedWrites(actions);
        this.meetingVersions = new AppliedVersions(meetings);
        this.actionVersions = new AppliedVersions(actions);
        this.rebuilds = rebuilds;
        meetings.createIndex(Indexes.ascending(BOARD_ID, MEETING_DATE));
        actions.createIndex(Indexes.ascending(MEETING_ID));
    }

    @EventHandler
    void on(MeetingScheduled event) {
        meetingVersions.claimCreation(event.meetingId());
        Document meeting = new Document(BOARD_ID, event.boardId())
                .append(MEETING_DATE, event.meetingDate().toString())
                .append(CANCELLED, false)
                .append(ITEMS, List.of())
                .append(VERSION, 1L);
        meetingWrites.write(new UpdateOneModel<>(eq(ID, event.meetingId()), new Document("$setOnInsert", meeting),
                new UpdateOptions().upsert(true)));
    }

    @EventHandler
    void on(AgendaItemAdded event, @SequenceNumber long sequenceNumber) {
        applyToMeeting(event.meetingId(), sequenceNumber,
                Updates.push(ITEMS, new Document(MINUTE_NUMBER, event.minuteNumber()).append(TITLE, event.title())));
    }

    @EventHandler
    void on(MeetingCancelled event, @SequenceNumber long sequenceNumber) {
        applyToMeeting(event.meetingId(), sequenceNumber, Updates.set(CANCELLED, true));
    }

    /**
     * Every other event of a meeting: it changes nothing this log shows, but the meeting's version
     * follows it, so that a read after any change of the meeting is answered.
     */
    @EventHandler
    void on(MeetingEvent event, @SequenceNumber long sequenceNumber) {
        applyToMeeting(event.meetingId(), sequenceNumber);
    }

    private void applyToMeeting(String meetingId, long sequenceNumber, Bson... changes) {
        long version = AggregateVersions.fromSequenceNumber(sequenceNumber);
        if (meetingVersions.claim(meetingId, version)) {
            meetingWrites.write(new UpdateOneModel<>(eq(ID, meetingId),
                    Updates.combine(Updates.combine(changes), Updates.set(VERSION, version))));
        }
    }

    @EventHandler
    void on(ActionRaised event) {
        ActionState raised = event.applyTo(null);
        pendingStates().putIfAbsent(event.actionId(), new VersionedState(1, raised, true));
        Document action = new Document(MEETING_ID, event.source().meetingId())
                .append(MINUTE_NUMBER, event.source().minuteNumber())
                .append(RESOLUTION_PART, event.source().resolutionPart())
                .append(STATES, List.of(datedState(event.occurredAt(), raised)))
                .append(VERSION, 1L);
        actionWrites.write(new UpdateOneModel<>(eq(ID, event.actionId()), new Document("$setOnInsert", action),
                new UpdateOptions().upsert(true)));
    }

    /** Every later event of an action, folded by ActionState; one that changes nothing shown adds no state. */
    @EventHandler
    void on(ActionEvent event, @SequenceNumber long sequenceNumber) {
        long version = AggregateVersions.fromSequenceNumber(sequenceNumber);
        VersionedState before = applied(event.actionId(), version);
        if (before.version() >= version) {
            return; // delivered again (a retried batch, or a replay over the existing log)
        }
        ActionState after = event.applyTo(before.state());
        pendingStates().put(event.actionId(), new VersionedState(version, after, false));
        Bson versionNow = Updates.set(VERSION, version);
        actionWrites.write(new UpdateOneModel<>(eq(ID, event.actionId()), after.equals(before.state()) ? versionNow
                : Updates.combine(Updates.push(STATES, datedState(event.occurredAt(), after)), versionNow)));
    }

    /**
     * An action's state at the version this log has applied, counting writes of the current batch not
     * yet sent.
     *
     * @param raisedInThisBatch its raise was handled in this batch: the stored document, if there is
     *                          one, was written before (a replay over the log) and is what counts
     */
    private record VersionedState(long version, ActionState state, boolean raisedInThisBatch) {
    }

    /**
     * What the log has applied of the action: changed earlier in this batch, or stored (one lookup,
     * the version and the states together), or raised in this batch and not stored yet.
     */
    private VersionedState applied(String actionId, long version) {
        VersionedState pending = pendingStates().get(actionId);
        if (pending != null && !pending.raisedInThisBatch()) {
            return pending;
        }
        Document stored = actions.find(eq(ID, actionId)).projection(Projections.include(VERSION, STATES)).first();
        if (stored != null) {
            List<Document> states = stored.getList(STATES, Document.class);
            return new VersionedState(stored.getLong(VERSION), state(states.get(states.size() - 1)), false);
        }
        if (pending != null) {
            return pending;
        }
        throw new IllegalStateException("Action " + actionId + " changed at version " + version + " but was never raised");
    }

    private Map<String, VersionedState> pendingStates() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(pendingStatesKey, key -> new HashMap<>());
    }

    @ResetHandler
    void reset() {
        rebuilds.rebuildingFromStart(PROCESSING_GROUP);
        meetings.deleteMany(new Document());
        actions.deleteMany(new Document());
    }

    /** The meeting's version this log holds (0 for none): what a readAfter naming a meeting waits for. */
    public long meetingVersionOf(String meetingId) {
        return meetingVersions.storedVersion(meetingId);
    }

    /** The action's version this log holds (0 for none): what a readAfter naming an action waits for. */
    public long actionVersionOf(String actionId) {
        return actionVersions.storedVersion(actionId);
    }

    private record Meeting(String meetingId, String boardId, LocalDate meetingDate, List<Item> items) {
    }

    private record Item(int minuteNumber, String title) {
    }

    @QueryHandler
    Optional<MeetingActionLog> handle(FindActionLogAtMeeting query) {
        return meeting(query.meetingId()).map(this::actionLogAt);
    }

    /** Earlier items of the board with actions still open on the meeting's date, from the Action Log at that date. */
    @QueryHandler
    Optional<MattersArising> handle(FindMattersArising query) {
        return meeting(query.meetingId()).map(meeting -> {
            Map<String, Meeting> earlierMeetings = new HashMap<>();
            heldBy(meeting).forEach(held -> earlierMeetings.put(held.meetingId(), held));
            List<MattersArising.Item> items = new ArrayList<>();
            for (MeetingActionLog.FromMeeting group : actionLogAt(meeting).groups()) {
                if (!group.meetingDate().isBefore(meeting.meetingDate())) {
                    continue;
                }
                Meeting earlier = earlierMeetings.get(group.meetingId());
                for (Item item : earlier.items()) {
                    List<MeetingActionLog.Entry> open = group.actions().stream()
                            .filter(entry -> entry.status() == ActionStatus.OPEN)
                            .filter(entry -> entry.minuteNumber() != null && entry.minuteNumber() == item.minuteNumber())
                            .toList();
                    if (!open.isEmpty()) {
                        items.add(new MattersArising.Item(earlier.meetingId(), earlier.meetingDate(), item.minuteNumber(),
                                item.title(), open));
                    }
                }
            }
            return new MattersArising(meeting.meetingId(), meeting.meetingDate(), items);
        });
    }

    private Optional<Meeting> meeting(String meetingId) {
        return Optional.ofNullable(meetings.find(eq(ID, meetingId)).first()).map(ActionLogAtMeeting::meeting);
    }

    private static Meeting meeting(Document document) {
        List<Item> items = document.getList(ITEMS, Document.class).stream()
                .map(item -> new Item(item.getInteger(MINUTE_NUMBER), item.getString(TITLE)))
                .sorted(Comparator.comparingInt(Item::minuteNumber))
                .toList();
        return new Meeting(document.getString(ID), document.getString(BOARD_ID), LocalDate.parse(document.getString(MEETING_DATE)),
                items);
    }

    /** The board's meetings held (not cancelled) on or before the meeting's date, earliest first. */
    private List<Meeting> heldBy(Meeting meeting) {
        List<Meeting> held = new ArrayList<>();
        meetings.find(and(eq(BOARD_ID, meeting.boardId()), lte(MEETING_DATE, meeting.meetingDate().toString()), eq(CANCELLED, false)))
                .sort(Sorts.ascending(MEETING_DATE, ID))
                .forEach(document -> held.add(meeting(document)));
        return held;
    }

    private MeetingActionLog actionLogAt(Meeting meeting) {
        LocalDate date = meeting.meetingDate();
        List<Meeting> held = heldBy(meeting);
        Optional<Meeting> previous = held.stream()
                .filter(other -> other.meetingDate().isBefore(date))
                .max(Comparator.comparing(Meeting::meetingDate));
        LocalDate closedAfter = previous.map(Meeting::meetingDate).orElse(LocalDate.MIN);
        Map<String, Meeting> heldById = new LinkedHashMap<>();
        held.forEach(other -> heldById.put(other.meetingId(), other));

        Map<String, List<MeetingActionLog.Entry>> entriesByMeeting = new LinkedHashMap<>();
        for (Document action : actions.find(in(MEETING_ID, heldById.keySet()))) {
            entryAsAt(action, date)
                    .filter(entry -> entry.closedOn() == null || entry.closedOn().isAfter(closedAfter))
                    .ifPresent(entry -> entriesByMeeting.computeIfAbsent(action.getString(MEETING_ID), id -> new ArrayList<>())
                            .add(entry));
        }
        List<MeetingActionLog.FromMeeting> groups = new ArrayList<>();
        for (Meeting source : heldById.values()) {
            List<MeetingActionLog.Entry> entries = entriesByMeeting.get(source.meetingId());
            if (entries != null) {
                entries.sort(Comparator.comparing(MeetingActionLog.Entry::minuteNumber, Comparator.nullsLast(Integer::compare))
                        .thenComparing(MeetingActionLog.Entry::dueDate)
                        .thenComparing(MeetingActionLog.Entry::actionId));
                groups.add(new MeetingActionLog.FromMeeting(source.meetingId(), source.meetingDate(), List.copyOf(entries)));
            }
        }
        return new MeetingActionLog(meeting.meetingId(), meeting.boardId(), date,
                previous.map(Meeting::meetingId).orElse(null), previous.map(Meeting::meetingDate).orElse(null), groups);
    }

    /**
     * The action as it stood at the end of {@code date} (Europe/London): its last state dated on or
     * before then; empty when it had not been raised yet.
     */
    private static Optional<MeetingActionLog.Entry> entryAsAt(Document action, LocalDate date) {
        ActionState state = null;
        for (Document dated : action.getList(STATES, Document.class)) {
            if (LocalDate.ofInstant(dated.getDate(AT).toInstant(), BusinessCalendar.BUSINESS_ZONE).isAfter(date)) {
                break;
            }
            state = state(dated);
        }
        if (state == null) {
            return Optional.empty();
        }
        return Optional.of(new MeetingActionLog.Entry(action.getString(ID), state.title(), action.getInteger(MINUTE_NUMBER),
                action.getString(RESOLUTION_PART), state.ownerName(), state.owningAgency(), state.dueDate(), state.status(),
                state.ragOn(date), state.dueDateRevisions(), state.closedOn()));
    }

    /** An action's state as this log stores it, with the instant it took effect; read back by {@link #state}. */
    private static Document datedState(Instant at, ActionState state) {
        return new Document(AT, Date.from(at))
                .append(TITLE, state.title())
                .append("status", state.status().name())
                .append("ownerName", state.ownerName())
                .append("owningAgency", state.owningAgency())
                .append("dueDate", state.dueDate().toString())
                .append("dueDateRevisions", state.dueDateRevisions())
                .append("closedAt", state.closedAt() == null ? null : Date.from(state.closedAt()));
    }

    private static ActionState state(Document dated) {
        Date closedAt = dated.getDate("closedAt");
        return new ActionState(dated.getString(TITLE), ActionStatus.valueOf(dated.getString("status")),
                dated.getString("ownerName"), dated.getString("owningAgency"), LocalDate.parse(dated.getString("dueDate")),
                dated.getInteger("dueDateRevisions"), closedAt == null ? null : closedAt.toInstant());
    }
}
