package org.saferboard.query.meeting;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.meeting.Attendee;
import org.saferboard.api.meeting.ResolutionOutcome;
import org.saferboard.api.meeting.ResolutionPart;
import org.saferboard.api.meeting.events.ActionAroseFromMeeting;
import org.saferboard.api.meeting.events.AgendaItemAdded;
import org.saferboard.api.meeting.events.AttendanceRecorded;
import org.saferboard.api.meeting.events.ChairChanged;
import org.saferboard.api.meeting.events.ItemResolved;
import org.saferboard.api.meeting.events.MeetingCancelled;
import org.saferboard.api.meeting.events.MeetingScheduled;
import org.saferboard.api.meeting.events.MinuteAmended;
import org.saferboard.api.meeting.events.MinutesConfirmed;
import org.saferboard.api.meeting.events.MinutesRecorded;
import org.saferboard.api.meeting.queries.FindMeetings;
import org.saferboard.api.meeting.queries.FindResolutions;
import org.saferboard.api.meeting.views.MeetingList;
import org.saferboard.api.meeting.views.MeetingSummary;
import org.saferboard.api.meeting.views.MeetingView;
import org.saferboard.api.meeting.views.ResolutionsRegister;
import org.saferboard.infrastructure.projection.AppliedVersions;
import org.saferboard.infrastructure.projection.BatchedWrites;
import org.saferboard.infrastructure.projection.ReadModelRebuilds;
import org.springframework.stereotype.Component;

/**
 * The meeting view: one document per meeting (its id as _id) with its agenda items in a sub-document
 * keyed by minute number, so that each event is one atomic update by _id. Events at or below the
 * document's version are skipped, so redelivery and replays change nothing.
 */
@Component
@ProcessingGroup(MeetingViewProjection.PROCESSING_GROUP)
public class MeetingViewProjection {

    public static final String PROCESSING_GROUP = "meeting-view";
    static final String COLLECTION = "meeting_view";

    private static final String ID = "_id";
    private static final String BOARD_ID = "boardId";
    private static final String MUNICIPAL_YEAR = "municipalYear";
    /** ISO yyyy-MM-dd text, so that comparison and sorting follow the calendar. */
    private static final String MEETING_DATE = "meetingDate";
    private static final String START_TIME = "startTime";
    private static final String VENUE = "venue";
    private static final String ONLINE = "online";
    private static final String CHAIR_NAME = "chairName";
    private static final String STATUS = "status";
    private static final String CANCELLATION_REASON = "cancellationReason";
    private static final String PRESENT = "present";
    private static final String APOLOGIES = "apologies";
    private static final String ALSO_IN_ATTENDANCE = "alsoInAttendance";
    private static final String ITEMS = "items";
    private static final String CHAIR_CHANGES = "chairChanges";
    private static final String CONFIRMATION = "confirmation";
    private static final String VERSION = AppliedVersions.VERSION;

    private final MongoCollection<Document> meetings;
    private final ReadModelRebuilds rebuilds;
    private final BatchedWrites writes;
    private final AppliedVersions appliedVersions;

    public MeetingViewProjection(MongoDatabase saferBoardDatabase, ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
        this.meetings = saferBoardDatabase.getCollection(COLLECTION);
        this.writes = new BatchedWrites(meetings);
        this.appliedVersions = new AppliedVersions(meetings);
        meetings.createIndex(Indexes.ascending(BOARD_ID, MEETING_DATE));
    }

    @EventHandler
    void on(MeetingScheduled event) {
        appliedVersions.claimCreation(event.meetingId());
        Document meeting = new Document(BOARD_ID, event.boardId())
                .append(MUNICIPAL_YEAR, event.municipalYear())
                .append(MEETING_DATE, event.meetingDate().toString())
                .append(START_TIME, event.startTime().toString())
                .append(VENUE, event.venue())
                .append(ONLINE, event.online())
                .append(CHAIR_NAME, event.chairName())
                .append(STATUS, MeetingView.MeetingStatus.SCHEDULED.name())
                .append(PRESENT, List.of())
                .append(APOLOGIES, List.of())
                .append(ALSO_IN_ATTENDANCE, List.of())
                .append(ITEMS, new Document())
                .append(CHAIR_CHANGES, List.of())
                .append(VERSION, 1L);
        writes.write(new UpdateOneModel<>(eq(ID, event.meetingId()), new Document("$setOnInsert", meeting),
                new UpdateOptions().upsert(true)));
    }

    @EventHandler
    void on(AttendanceRecorded event, @SequenceNumber long sequenceNumber) {
        apply(event.meetingId(), sequenceNumber,
                Updates.set(PRESENT, people(event.present())),
                Updates.set(APOLOGIES, people(event.apologies())),
                Updates.set(ALSO_IN_ATTENDANCE, people(event.alsoInAttendance())));
    }

    @EventHandler
    void on(AgendaItemAdded event, @SequenceNumber long sequenceNumber) {
        apply(event.meetingId(), sequenceNumber, Updates.set(item(event.minuteNumber()), new Document("minuteNumber", event.minuteNumber())
                .append("title", event.title())
                .append("presenter", event.presenter())
                .append("reportReference", event.reportReference())
                .append("amendments", List.of())
                .append("actions", List.of())));
    }

    @EventHandler
    void on(ActionAroseFromMeeting event, @SequenceNumber long sequenceNumber) {
        apply(event.meetingId(), sequenceNumber, Updates.push(item(event.minuteNumber()) + ".actions",
                new Document("actionId", event.actionId())
                        .append("resolutionPart", event.resolutionPart())
                        .append("title", event.title())));
    }

    @EventHandler
    void on(MinutesRecorded event, @SequenceNumber long sequenceNumber) {
        apply(event.meetingId(), sequenceNumber, Updates.set(item(event.minuteNumber()) + ".minutes", event.narrative()));
    }

    @EventHandler
    void on(ItemResolved event, @SequenceNumber long sequenceNumber) {
        List<Document> parts = event.parts().stream()
                .map(part -> new Document("letter", part.letter()).append("text", part.text()))
                .toList();
        apply(event.meetingId(), sequenceNumber, Updates.set(item(event.minuteNumber()) + ".resolution",
                new Document("outcome", event.outcome().name()).append("parts", parts)));
    }

    @EventHandler
    void on(ChairChanged event, @SequenceNumber long sequenceNumber) {
        apply(event.meetingId(), sequenceNumber, Updates.push(CHAIR_CHANGES, new Document("fromMinuteNumber", event.fromMinuteNumber())
                .append("previousChairName", event.previousChairName())
                .append(CHAIR_NAME, event.chairName())
                .append("note", event.note())));
    }

    @EventHandler
    void on(MinutesConfirmed event, @SequenceNumber long sequenceNumber) {
        apply(event.meetingId(), sequenceNumber,
                Updates.set(STATUS, MeetingView.MeetingStatus.MINUTES_CONFIRMED.name()),
                Updates.set(CONFIRMATION, new Document("confirmedAtMeetingId", event.confirmedAtMeetingId())
                        .append("confirmedOn", event.confirmedOn().toString())));
    }

    @EventHandler
    void on(MinuteAmended event, @SequenceNumber long sequenceNumber) {
        String item = item(event.minuteNumber());
        apply(event.meetingId(), sequenceNumber,
                Updates.set(item + ".minutes", event.amendedText()),
                Updates.push(item + ".amendments", new Document("originalText", event.originalText())
                        .append("amendedText", event.amendedText())
                        .append("amendedAtMeetingId", event.amendedAtMeetingId())
                        .append("amendedOn", event.amendedOn().toString())));
    }

    @EventHandler
    void on(MeetingCancelled event, @SequenceNumber long sequenceNumber) {
        apply(event.meetingId(), sequenceNumber,
                Updates.set(STATUS, MeetingView.MeetingStatus.CANCELLED.name()),
                Updates.set(CANCELLATION_REASON, event.reason()));
    }

    @ResetHandler
    void reset() {
        rebuilds.rebuildingFromStart(PROCESSING_GROUP);
        meetings.deleteMany(new Document());
    }

    /** The meeting as this read model holds it, its actions worded as raised (see {@link MeetingQueries}). */
    public Optional<MeetingView> meetingOf(String meetingId) {
        return Optional.ofNullable(meetings.find(eq(ID, meetingId)).first()).map(MeetingViewProjection::toView);
    }

    /** Every meeting of the board as this read model holds it, earliest first. */
    public List<MeetingView> meetingsOfBoard(String boardId) {
        List<MeetingView> found = new ArrayList<>();
        meetingsOf(boardId, null, null).forEach(document -> found.add(toView(document)));
        return found;
    }

    @QueryHandler
    MeetingList handle(FindMeetings query) {
        List<MeetingSummary> found = new ArrayList<>();
        meetingsOf(query.boardId(), query.from(), query.to())
                .forEach(document -> found.add(new MeetingSummary(document.getString(ID), document.getString(BOARD_ID),
                        document.getString(MUNICIPAL_YEAR), LocalDate.parse(document.getString(MEETING_DATE)),
                        document.getString(VENUE), document.getBoolean(ONLINE), status(document),
                        document.get(ITEMS, Document.class).size(), document.getLong(VERSION))));
        return new MeetingList(found);
    }

    /** The meeting documents of a board between two dates (inclusive), earliest first; any filter may be null. */
    private FindIterable<Document> meetingsOf(String boardId, LocalDate from, LocalDate to) {
        List<Bson> filters = new ArrayList<>();
        if (boardId != null) {
            filters.add(eq(BOARD_ID, boardId));
        }
        if (from != null) {
            filters.add(gte(MEETING_DATE, from.toString()));
        }
        if (to != null) {
            filters.add(lte(MEETING_DATE, to.toString()));
        }
        return meetings.find(filters.isEmpty() ? new Document() : and(filters)).sort(Sorts.ascending(MEETING_DATE, ID));
    }

    /**
     * Read from the meeting views of the board and dates asked for: a board meets a handful of times a
     * year, so the resolutions of years of meetings are filtered here rather than kept a second time.
     */
    @QueryHandler
    ResolutionsRegister handle(FindResolutions query) {
        String text = query.text() == null ? null : query.text().toLowerCase(Locale.UK);
        List<ResolutionsRegister.Entry> found = new ArrayList<>();
        for (Document document : meetingsOf(query.boardId(), query.from(), query.to())) {
            MeetingView meeting = toView(document);
            for (MeetingView.Item item : meeting.items()) {
                MeetingView.Resolution resolution = item.resolution();
                if (resolution == null || (query.outcome() != null && resolution.outcome() != query.outcome())
                        || (text != null && !mentions(item, text))) {
                    continue;
                }
                found.add(new ResolutionsRegister.Entry(meeting.meetingId(), meeting.boardId(), meeting.meetingDate(),
                        item.minuteNumber(), item.title(), resolution.outcome(), resolution.parts()));
            }
        }
        return new ResolutionsRegister(found);
    }

    private static boolean mentions(MeetingView.Item item, String lowerCaseText) {
        return item.title().toLowerCase(Locale.UK).contains(lowerCaseText)
                || item.resolution().parts().stream().anyMatch(part -> part.text().toLowerCase(Locale.UK).contains(lowerCaseText));
    }

    /** The version of the meeting the view holds; 0 when it holds none. */
    public long versionOf(String meetingId) {
        return appliedVersions.storedVersion(meetingId);
    }

    private void apply(String meetingId, long sequenceNumber, Bson... changes) {
        long version = AggregateVersions.fromSequenceNumber(sequenceNumber);
        if (!appliedVersions.claim(meetingId, version)) {
            return; // delivered again (a retried batch, or a replay over the existing view)
        }
        List<Bson> updates = new ArrayList<>(List.of(changes));
        updates.add(Updates.set(VERSION, version));
        writes.write(new UpdateOneModel<>(eq(ID, meetingId), Updates.combine(updates)));
    }

    /** Items are keyed "m39" rather than "39": a numeric key in a dotted path would read as an array index. */
    private static String item(int minuteNumber) {
        return ITEMS + ".m" + minuteNumber;
    }

    private static List<Document> people(List<Attendee> attendees) {
        return attendees.stream()
                .map(attendee -> new Document("name", attendee.name())
                        .append("role", attendee.role())
                        .append("organisation", attendee.organisation()))
                .toList();
    }

    private static MeetingView toView(Document document) {
        List<MeetingView.Item> items = document.get(ITEMS, Document.class).values().stream()
                .map(Document.class::cast)
                .map(MeetingViewProjection::toItem)
                .sorted(Comparator.comparingInt(MeetingView.Item::minuteNumber))
                .toList();
        List<MeetingView.ChairChange> chairChanges = document.getList(CHAIR_CHANGES, Document.class).stream()
                .map(change -> new MeetingView.ChairChange(change.getInteger("fromMinuteNumber"),
                        change.getString("previousChairName"), change.getString(CHAIR_NAME), change.getString("note")))
                .toList();
        Document confirmation = document.get(CONFIRMATION, Document.class);
        return new MeetingView(document.getString(ID), document.getString(BOARD_ID), document.getString(MUNICIPAL_YEAR),
                LocalDate.parse(document.getString(MEETING_DATE)), LocalTime.parse(document.getString(START_TIME)),
                document.getString(VENUE), document.getBoolean(ONLINE), document.getString(CHAIR_NAME), status(document),
                document.getString(CANCELLATION_REASON), toPeople(document, PRESENT), toPeople(document, APOLOGIES),
                toPeople(document, ALSO_IN_ATTENDANCE), items, chairChanges,
                confirmation == null ? null : new MeetingView.Confirmation(confirmation.getString("confirmedAtMeetingId"),
                        LocalDate.parse(confirmation.getString("confirmedOn"))),
                document.getLong(VERSION));
    }

    private static MeetingView.Item toItem(Document item) {
        Document resolution = item.get("resolution", Document.class);
        return new MeetingView.Item(item.getInteger("minuteNumber"), item.getString("title"), item.getString("presenter"),
                item.getString("reportReference"), item.getString("minutes"),
                resolution == null ? null : new MeetingView.Resolution(ResolutionOutcome.valueOf(resolution.getString("outcome")),
                        resolution.getList("parts", Document.class).stream()
                                .map(part -> new ResolutionPart(part.getString("letter"), part.getString("text")))
                                .toList()),
                item.getList("amendments", Document.class).stream()
                        .map(amendment -> new MeetingView.Amendment(amendment.getString("originalText"),
                                amendment.getString("amendedText"), amendment.getString("amendedAtMeetingId"),
                                LocalDate.parse(amendment.getString("amendedOn"))))
                        .toList(),
                item.getList("actions", Document.class).stream()
                        .map(action -> new MeetingView.RaisedAction(action.getString("actionId"),
                                action.getString("resolutionPart"), action.getString("title")))
                        .toList());
    }

    private static List<Attendee> toPeople(Document document, String field) {
        return document.getList(field, Document.class).stream()
                .map(person -> new Attendee(person.getString("name"), person.getString("role"), person.getString("organisation")))
                .toList();
    }

    private static MeetingView.MeetingStatus status(Document document) {
        return MeetingView.MeetingStatus.valueOf(document.getString(STATUS));
    }
}
