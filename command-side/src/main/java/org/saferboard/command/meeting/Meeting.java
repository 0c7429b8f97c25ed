package org.saferboard.command.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.saferboard.command.CommandChecks.currentVersion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.BusinessYear;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.commands.ActionRaisedFromCase;
import org.saferboard.api.action.commands.RaiseAction;
import org.saferboard.api.meeting.Attendee;
import org.saferboard.api.meeting.MinuteAmendment;
import org.saferboard.api.meeting.ResolutionPart;
import org.saferboard.api.meeting.commands.AddAgendaItem;
import org.saferboard.api.meeting.commands.AmendMinutes;
import org.saferboard.api.meeting.commands.CancelMeeting;
import org.saferboard.api.meeting.commands.ConfirmMinutes;
import org.saferboard.api.meeting.commands.DescribeMeeting;
import org.saferboard.api.meeting.commands.MeetingOutline;
import org.saferboard.api.meeting.commands.RaiseActionFromMeeting;
import org.saferboard.api.meeting.commands.RecordAttendance;
import org.saferboard.api.meeting.commands.RecordChairChange;
import org.saferboard.api.meeting.commands.RecordMinutes;
import org.saferboard.api.meeting.commands.ResolveItem;
import org.saferboard.api.meeting.commands.ScheduleMeeting;
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
import org.saferboard.command.CaseActions;
import org.saferboard.command.CommandChecks;

/**
 * A meeting of a board and its minutes: agenda items under minute numbers, attendance, the narrative
 * and resolution of each item, chair changes, and the confirmation of the minutes at a later meeting,
 * after which they change only by amendment. Every handler answers with the meeting's version.
 */
@Aggregate
public class Meeting {

    private static final DateTimeFormatter CITED_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @AggregateIdentifier
    private String meetingId;
    /** Kept so that a repeated ScheduleMeeting can be recognised as the same request. */
    private MeetingScheduled scheduledAs;
    private String boardId;
    private String municipalYear;
    private LocalDate meetingDate;
    private String chairName;
    private boolean cancelled;
    private boolean confirmed;
    private boolean minutesTaken;
    private final Map<Integer, AgendaItemAdded> agenda = new HashMap<>();
    private final Map<Integer, String> minutesByNumber = new HashMap<>();
    private final Map<Integer, List<String>> resolutionLetters = new HashMap<>();
    private final Set<String> actionsRaised = new HashSet<>();

    /** Creates the meeting, or answers a retry of the same request; the same meetingId with other content is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(ScheduleMeeting command, Clock clock) {
        if (scheduledAs != null) {
            if (!sameContent(command)) {
                throw MeetingRefused.MEETING_ID_ALREADY_USED.because("Meeting " + command.meetingId()
                        + " is scheduled already with other details; choose a new meetingId for another meeting.");
            }
            return AggregateVersions.fromSequenceNumber(0);
        }
        if (!command.online() && (command.venue() == null || command.venue().isBlank())) {
            throw new InvalidFieldException("venue", "must name where the meeting is held, unless it is online");
        }
        apply(new MeetingScheduled(command.meetingId(), command.boardId(), command.meetingDate(), command.startTime(),
                command.venue(), command.online(), command.chairName(), BusinessYear.MUNICIPAL.containing(command.meetingDate()),
                clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(RecordAttendance command, Clock clock) {
        requireVersion(command.expectedVersion());
        requireEachPersonOnce(command);
        requireMinutesOpen("given a new attendance record");
        apply(new AttendanceRecorded(meetingId, List.copyOf(command.present()), listOrEmpty(command.apologies()),
                listOrEmpty(command.alsoInAttendance()), clock.instant()));
        return currentVersion();
    }

    /** Claims the minute number in the board's minute book for the year first; a repeat of the same item changes nothing. */
    @CommandHandler
    long handle(AddAgendaItem command, Clock clock, MinuteNumberClaims minuteNumbers) {
        requireVersion(command.expectedVersion());
        if (command.minuteNumber() < 1) {
            throw new InvalidFieldException("minuteNumber", "must be 1 or more");
        }
        requireMinutesOpen("given new agenda items");
        AgendaItemAdded existing = agenda.get(command.minuteNumber());
        if (existing != null) {
            if (Objects.equals(existing.title(), command.title()) && Objects.equals(existing.presenter(), command.presenter())
                    && Objects.equals(existing.reportReference(), command.reportReference())) {
                return currentVersion();
            }
            throw MeetingRefused.AGENDA_ITEM_EXISTS.because("Minute " + command.minuteNumber() + " of meeting " + meetingId
                    + " is already \"" + existing.title() + "\"; give the new item the next free number.");
        }
        minuteNumbers.claim(boardId, municipalYear, command.minuteNumber(), meetingId);
        apply(new AgendaItemAdded(meetingId, command.minuteNumber(), command.title(), command.presenter(),
                command.reportReference(), clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(RecordMinutes command, Clock clock) {
        requireVersion(command.expectedVersion());
        requireMinutesOpen("rewritten");
        requireItem(command.minuteNumber());
        apply(new MinutesRecorded(meetingId, command.minuteNumber(), command.narrative(), clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(ResolveItem command, Clock clock) {
        requireVersion(command.expectedVersion());
        requireParts(command.parts());
        requireMinutesOpen("given a new resolution");
        requireItem(command.minuteNumber());
        apply(new ItemResolved(meetingId, command.minuteNumber(), command.outcome(), List.copyOf(command.parts()),
                clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(RecordChairChange command, Clock clock) {
        requireVersion(command.expectedVersion());
        requireMinutesOpen("given a chair change");
        requireItem(command.fromMinuteNumber());
        if (command.chairName().equals(chairName)) {
            throw MeetingRefused.CHAIR_UNCHANGED.because(command.chairName() + " is in the chair already.");
        }
        apply(new ChairChanged(meetingId, command.fromMinuteNumber(), chairName, command.chairName(), command.note(),
                clock.instant()));
        return currentVersion();
    }

    /** Confirmed at a later meeting, with any amendments it made; the minutes are locked from then on. */
    @CommandHandler
    long handle(ConfirmMinutes command, Clock clock, OtherMeetings otherMeetings) {
        requireVersion(command.expectedVersion());
        requireLaterMeeting(command.confirmedAtMeetingId(), "confirmedAtMeetingId", command.confirmedOn(), "confirmedOn",
                otherMeetings);
        List<MinuteAmendment> amendments = listOrEmpty(command.amendments());
        Set<Integer> amended = new HashSet<>();
        for (int i = 0; i < amendments.size(); i++) {
            MinuteAmendment amendment = amendments.get(i);
            if (!amended.add(amendment.minuteNumber())) {
                throw new InvalidFieldException("amendments[" + i + "].minuteNumber",
                        "amends minute " + amendment.minuteNumber() + " a second time; give its final wording once");
            }
        }
        requireNotCancelled();
        if (confirmed) {
            throw MeetingRefused.MINUTES_ALREADY_CONFIRMED.because("The minutes of meeting " + meetingId
                    + " are confirmed already; a later change is an amendment.");
        }
        amendments.forEach(amendment -> requireItem(amendment.minuteNumber()));
        apply(new MinutesConfirmed(meetingId, command.confirmedAtMeetingId(), command.confirmedOn(), clock.instant()));
        for (MinuteAmendment amendment : amendments) {
            apply(new MinuteAmended(meetingId, amendment.minuteNumber(), minutesByNumber.get(amendment.minuteNumber()),
                    amendment.amendedText(), command.confirmedAtMeetingId(), command.confirmedOn(), clock.instant()));
        }
        return currentVersion();
    }

    @CommandHandler
    long handle(AmendMinutes command, Clock clock, OtherMeetings otherMeetings) {
        requireVersion(command.expectedVersion());
        requireLaterMeeting(command.amendedAtMeetingId(), "amendedAtMeetingId", command.amendedOn(), "amendedOn",
                otherMeetings);
        requireNotCancelled();
        if (!confirmed) {
            throw MeetingRefused.MINUTES_NOT_CONFIRMED.because("The minutes of meeting " + meetingId
                    + " are not confirmed yet; correct the draft by recording the minutes again.");
        }
        requireItem(command.amendment().minuteNumber());
        apply(new MinuteAmended(meetingId, command.amendment().minuteNumber(),
                minutesByNumber.get(command.amendment().minuteNumber()), command.amendment().amendedText(),
                command.amendedAtMeetingId(), command.amendedOn(), clock.instant()));
        return currentVersion();
    }

    /**
     * Raises the action with the item (and resolution part) as its source; answers with the action's
     * version and the meeting's. A repeat of the same request raises nothing new, as RaiseAction itself does.
     */
    @CommandHandler
    ActionRaisedFromCase handle(RaiseActionFromMeeting command, Clock clock, CaseActions actions) {
        requireNotCancelled();
        requireItem(command.minuteNumber());
        String part = command.resolutionPart();
        if (part != null && !resolutionLetters.getOrDefault(command.minuteNumber(), List.of()).contains(part)) {
            throw MeetingRefused.UNKNOWN_RESOLUTION_PART.because("Minute " + command.minuteNumber() + " of meeting "
                    + meetingId + " has no resolution part (" + part + "); record the resolution first.");
        }
        ActionSource source = new ActionSource(SourceKind.MEETING_MINUTE, minuteReference(command.minuteNumber(), part),
                meetingId, command.minuteNumber(), part);
        long actionVersion = actions.raise(new RaiseAction(command.actionId(), command.title(), command.description(),
                command.ownerName(), command.owningAgency(), command.dueDate(), source));
        if (!actionsRaised.contains(command.actionId())) {
            apply(new ActionAroseFromMeeting(meetingId, command.actionId(), command.minuteNumber(), part, command.title(),
                    clock.instant()));
        }
        return new ActionRaisedFromCase(actionVersion, currentVersion());
    }

    /** What a meeting whose minutes this meeting confirms or amends, or an outcome rated at it, needs to know of it. */
    @CommandHandler
    MeetingOutline handle(DescribeMeeting command) {
        return new MeetingOutline(meetingId, boardId, meetingDate, cancelled, agenda.keySet().stream().sorted().toList());
    }

    /** Frees the meeting's minute numbers for the board's next meeting; a meeting with minutes took place and stays. */
    @CommandHandler
    long handle(CancelMeeting command, Clock clock, MinuteNumberClaims minuteNumbers) {
        requireVersion(command.expectedVersion());
        requireNotCancelled();
        if (minutesTaken || confirmed) {
            throw MeetingRefused.HELD.because("Meeting " + meetingId
                    + " has minutes; a meeting that took place cannot be cancelled.");
        }
        if (!agenda.isEmpty()) {
            minuteNumbers.release(boardId, municipalYear, agenda.keySet().stream().sorted().toList(), meetingId);
        }
        apply(new MeetingCancelled(meetingId, command.reason(), clock.instant()));
        return currentVersion();
    }

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        meetingId = event.meetingId();
        scheduledAs = event;
        boardId = event.boardId();
        municipalYear = event.municipalYear();
        meetingDate = event.meetingDate();
        chairName = event.chairName();
    }

    @EventSourcingHandler
    void on(AgendaItemAdded event) {
        agenda.put(event.minuteNumber(), event);
    }

    @EventSourcingHandler
    void on(MinutesRecorded event) {
        minutesTaken = true;
        minutesByNumber.put(event.minuteNumber(), event.narrative());
    }

    @EventSourcingHandler
    void on(ItemResolved event) {
        minutesTaken = true;
        resolutionLetters.put(event.minuteNumber(), event.parts().stream().map(ResolutionPart::letter)
                .filter(Objects::nonNull).toList());
    }

    @EventSourcingHandler
    void on(ActionAroseFromMeeting event) {
        actionsRaised.add(event.actionId());
    }

    @EventSourcingHandler
    void on(ChairChanged event) {
        chairName = event.chairName();
    }

    @EventSourcingHandler
    void on(MinutesConfirmed event) {
        confirmed = true;
    }

    @EventSourcingHandler
    void on(MinuteAmended event) {
        minutesByNumber.put(event.minuteNumber(), event.amendedText());
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        cancelled = true;
    }

    Meeting() {
        // for Axon: state comes from the event-sourcing handlers
    }

    private boolean sameContent(ScheduleMeeting command) {
        return Objects.equals(scheduledAs.boardId(), command.boardId())
                && Objects.equals(scheduledAs.meetingDate(), command.meetingDate())
                && Objects.equals(scheduledAs.startTime(), command.startTime())
                && Objects.equals(scheduledAs.venue(), command.venue())
                && scheduledAs.online() == command.online()
                && Objects.equals(scheduledAs.chairName(), command.chairName());
    }

    /** As the minutes cite it, e.g. "LSCSB 18 June 2015, minute 39(b)". */
    private String minuteReference(int minuteNumber, String part) {
        return boardId + " " + meetingDate.format(CITED_DATE) + ", minute " + minuteNumber + (part == null ? "" : "(" + part + ")");
    }

    private void requireVersion(Long expectedVersion) {
        CommandChecks.requireVersion(expectedVersion, "Meeting " + meetingId);
    }

    private void requireNotCancelled() {
        if (cancelled) {
            throw MeetingRefused.CANCELLED.because("Meeting " + meetingId + " is cancelled; nothing more can be recorded for it.");
        }
    }

    private void requireMinutesOpen(String attempted) {
        requireNotCancelled();
        if (confirmed) {
            throw MeetingRefused.MINUTES_LOCKED.because("The minutes of meeting " + meetingId + " are confirmed; they cannot be "
                    + attempted + ". Record an amendment at a later meeting instead.");
        }
    }

    private void requireItem(int minuteNumber) {
        if (!agenda.containsKey(minuteNumber)) {
            throw MeetingRefused.UNKNOWN_MINUTE.because("Meeting " + meetingId + " has no minute " + minuteNumber
                    + " on its agenda; add the agenda item first.");
        }
    }

    /**
     * Minutes are confirmed or amended at a later meeting of the same board that was not cancelled, on
     * the day of that meeting.
     */
    private void requireLaterMeeting(String laterMeetingId, String idField, LocalDate laterDate, String dateField,
                                     OtherMeetings otherMeetings) {
        if (laterMeetingId.equals(meetingId)) {
            throw new InvalidFieldException(idField, "must be a later meeting than the one whose minutes it concerns");
        }
        if (!laterDate.isAfter(meetingDate)) {
            throw new InvalidFieldException(dateField, "must be after the meeting of " + meetingDate);
        }
        MeetingOutline later = otherMeetings.outline(laterMeetingId, idField);
        if (!boardId.equals(later.boardId())) {
            throw MeetingRefused.NOT_A_MEETING_OF_THIS_BOARD.because("Meeting " + laterMeetingId + " is a meeting of "
                    + later.boardId() + "; the minutes of this " + boardId + " meeting are confirmed and amended at a later "
                    + boardId + " meeting.");
        }
        if (later.cancelled()) {
            throw MeetingRefused.LATER_MEETING_CANCELLED.because("Meeting " + laterMeetingId + " was cancelled; it did not take place.");
        }
        if (!later.meetingDate().isAfter(meetingDate)) {
            throw MeetingRefused.NOT_A_LATER_MEETING.because("Meeting " + laterMeetingId + " was held on " + later.meetingDate()
                    + ", not after this meeting of " + meetingDate + ".");
        }
        if (!laterDate.equals(later.meetingDate())) {
            throw new InvalidFieldException(dateField, "must be " + later.meetingDate() + ", the date of meeting " + laterMeetingId);
        }
    }

    /** Nobody is both present and sending apologies, nor named twice in one list; names compared ignoring case and spacing. */
    private static void requireEachPersonOnce(RecordAttendance command) {
        Map<String, String> listByPerson = new HashMap<>();
        String[] fields = {"present", "apologies", "alsoInAttendance"};
        List<List<Attendee>> lists = List.of(listOrEmpty(command.present()), listOrEmpty(command.apologies()),
                listOrEmpty(command.alsoInAttendance()));
        for (int list = 0; list < lists.size(); list++) {
            for (int i = 0; i < lists.get(list).size(); i++) {
                String name = lists.get(list).get(i).name();
                String person = name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
                String earlier = listByPerson.putIfAbsent(person, fields[list]);
                if (earlier != null) {
                    throw new InvalidFieldException(fields[list] + "[" + i + "].name", name + " is named in " + earlier
                            + (earlier.equals(fields[list]) ? " already" : " too") + "; record each person once");
                }
            }
        }
    }

    /** One part without a letter, or parts lettered (a), (b), (c) ... in order. */
    private static void requireParts(List<ResolutionPart> parts) {
        for (int i = 0; i < parts.size(); i++) {
            String expectedLetter = String.valueOf((char) ('a' + i));
            String letter = parts.get(i).letter();
            boolean single = parts.size() == 1 && (letter == null || letter.isBlank());
            if (!single && !expectedLetter.equals(letter)) {
                throw new InvalidFieldException("parts[" + i + "].letter", "must be \"" + expectedLetter
                        + "\": lettered parts run (a), (b), (c) ... in order");
            }
        }
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
