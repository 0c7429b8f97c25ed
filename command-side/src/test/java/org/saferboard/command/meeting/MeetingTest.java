package org.saferboard.command.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferboard.command.RefusedWith.refusedWith;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.commands.ActionRaisedFromCase;
import org.saferboard.api.action.commands.RaiseAction;
import org.saferboard.api.meeting.Attendee;
import org.saferboard.api.meeting.MinuteAmendment;
import org.saferboard.api.meeting.ResolutionOutcome;
import org.saferboard.api.meeting.ResolutionPart;
import org.saferboard.api.meeting.commands.AddAgendaItem;
import org.saferboard.api.meeting.commands.AmendMinutes;
import org.saferboard.api.meeting.commands.CancelMeeting;
import org.saferboard.api.meeting.commands.ConfirmMinutes;
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
import org.saferboard.command.BrokenFieldRule;
import org.saferboard.command.CaseActions;
import org.saferboard.command.CaseRefused;
import org.saferboard.command.meeting.MeetingRefused;

class MeetingTest {

    private static final Instant NOW = Instant.parse("2015-09-17T10:30:00Z");
    private static final Instant EARLIER = Instant.parse("2015-06-18T14:00:00Z");
    private static final String MEETING_ID = "2f6c1a4e-9d3b-4f7e-8a21-5c0d9e3b7a18";
    private static final String NEXT_MEETING_ID = "8e0b4d2c-1f5a-4b6e-9c37-7a2d5e1f0b94";
    private static final String BOARD = "LSCSB";
    private static final LocalDate MEETING_DATE = LocalDate.of(2015, 6, 18);
    private static final LocalDate NEXT_MEETING_DATE = LocalDate.of(2015, 9, 17);
    private static final LocalTime TEN_AM = LocalTime.of(10, 0);
    private static final String VENUE = "Guthlaxton Committee Room, County Hall, Glenfield";
    private static final String CHAIR = "Mr. J. T. Orson JP CC";
    private static final String VICE_CHAIR = "Cllr. Les Phillimore";
    private static final MeetingScheduled SCHEDULED = new MeetingScheduled(MEETING_ID, BOARD, MEETING_DATE, TEN_AM, VENUE,
            false, CHAIR, "2015-16", EARLIER);
    private static final AgendaItemAdded DHR_ITEM = new AgendaItemAdded(MEETING_ID, 39, "Domestic Homicide Reviews",
            "James Fox", "Agenda Item 9", EARLIER);
    private static final String DHR_MINUTES = "The Board considered a report of James Fox on Domestic Homicide Reviews.";
    private static final MinutesRecorded DHR_MINUTES_RECORDED = new MinutesRecorded(MEETING_ID, 39, DHR_MINUTES, EARLIER);
    private static final MinutesConfirmed CONFIRMED = new MinutesConfirmed(MEETING_ID, NEXT_MEETING_ID, NEXT_MEETING_DATE,
            NOW);

    private final RecordingMinuteNumbers minuteNumbers = new RecordingMinuteNumbers();
    private final List<RaiseAction> actionsRaised = new ArrayList<>();
    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        // the field rules on the commands, checked on the command bus as the application does
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(minuteNumbers);
        fixture.registerInjectableResource((CaseActions) command -> {
            actionsRaised.add(command);
            return 1L;
        });
        fixture.registerInjectableResource((OtherMeetings) (meetingId, field) -> otherMeetings.get(meetingId));
    }

    /** The other meetings of the board (and one of another board) that the meeting can ask about. */
    private final Map<String, MeetingOutline> otherMeetings = Map.of(
            NEXT_MEETING_ID, new MeetingOutline(NEXT_MEETING_ID, BOARD, NEXT_MEETING_DATE, false, List.of()),
            "later-meeting", new MeetingOutline("later-meeting", BOARD, LocalDate.of(2015, 12, 10), false, List.of()),
            "cancelled-meeting", new MeetingOutline("cancelled-meeting", BOARD, LocalDate.of(2015, 12, 10), true, List.of()),
            "other-board-meeting", new MeetingOutline("other-board-meeting", "LLR-CSP", NEXT_MEETING_DATE, false, List.of()),
            "earlier-meeting", new MeetingOutline("earlier-meeting", BOARD, LocalDate.of(2015, 3, 19), false, List.of()));

    private static ScheduleMeeting schedule() {
        return new ScheduleMeeting(MEETING_ID, BOARD, MEETING_DATE, TEN_AM, VENUE, false, CHAIR);
    }

    @Test
    void canScheduleMeetingInItsMunicipalYear() {
        fixture.givenNoPriorActivity()
                .when(schedule())
                .expectEvents(new MeetingScheduled(MEETING_ID, BOARD, MEETING_DATE, TEN_AM, VENUE, false, CHAIR, "2015-16", NOW))
                .expectResultMessagePayload(1L);
    }

    @Test
    void canScheduleOnlineMeetingWithoutVenue() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(MEETING_ID, BOARD, LocalDate.of(2015, 3, 19), TEN_AM, null, true, CHAIR))
                .expectEvents(new MeetingScheduled(MEETING_ID, BOARD, LocalDate.of(2015, 3, 19), TEN_AM, null, true, CHAIR,
                        "2014-15", NOW));
    }

    @Test
    void canRepeatScheduleMeetingWithSameContent() {
        fixture.given(SCHEDULED)
                .when(schedule())
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void cannotScheduleMeetingIdTwiceWithOtherContent() {
        fixture.given(SCHEDULED)
                .when(new ScheduleMeeting(MEETING_ID, BOARD, NEXT_MEETING_DATE, TEN_AM, VENUE, false, CHAIR))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.MEETING_ID_ALREADY_USED))
                .expectExceptionMessage("Meeting " + MEETING_ID + " is scheduled already with other details; "
                        + "choose a new meetingId for another meeting.");
    }

    @Test
    void cannotScheduleMeetingInPersonWithoutVenue() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(MEETING_ID, BOARD, MEETING_DATE, TEN_AM, " ", false, CHAIR))
                .expectNoEvents()
                .expectException(InvalidFieldException.class);
    }

    @Test
    void canRecordAttendance() {
        List<Attendee> present = List.of(new Attendee("Cllr. Michael Rickman", "CSP Strategy Group Chair",
                "Harborough District Council"));
        List<Attendee> apologies = List.of(new Attendee("Sharon Stacey", null, "Hinckley and Bosworth Borough Council"));
        fixture.given(SCHEDULED)
                .when(new RecordAttendance(MEETING_ID, present, apologies, null, 1L))
                .expectEvents(new AttendanceRecorded(MEETING_ID, present, apologies, List.of(), NOW))
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotRecordAttendanceWithNobodyPresent() {
        fixture.given(SCHEDULED)
                .when(new RecordAttendance(MEETING_ID, List.of(), List.of(), List.of(), null))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("present"));
    }

    @Test
    void canAddAgendaItemAfterClaimingItsMinuteNumber() {
        fixture.given(SCHEDULED)
                .when(new AddAgendaItem(MEETING_ID, 39, "Domestic Homicide Reviews", "James Fox", "Agenda Item 9", null))
                .expectEvents(new AgendaItemAdded(MEETING_ID, 39, "Domestic Homicide Reviews", "James Fox", "Agenda Item 9", NOW))
                .expectResultMessagePayload(2L);
        assertThat(minuteNumbers.claims).containsExactly("LSCSB 2015-16 minute 39 for " + MEETING_ID);
    }

    @Test
    void cannotAddAgendaItemUnderNumberAnotherMeetingOfTheYearUses() {
        minuteNumbers.heldElsewhere.put(39, NEXT_MEETING_ID);
        fixture.given(SCHEDULED)
                .when(new AddAgendaItem(MEETING_ID, 39, "Domestic Homicide Reviews", null, null, null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.MINUTE_NUMBER_IN_USE))
                .expectExceptionMessage("Minute 39 of LSCSB 2015-16 is already used by meeting " + NEXT_MEETING_ID
                        + "; minute numbers run on through the municipal year, so use the next free one.");
    }

    @Test
    void canRepeatAddAgendaItemWithSameContent() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new AddAgendaItem(MEETING_ID, 39, "Domestic Homicide Reviews", "James Fox", "Agenda Item 9", null))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
        assertThat(minuteNumbers.claims).isEmpty();
    }

    @Test
    void cannotAddAnotherItemUnderSameMinuteNumber() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new AddAgendaItem(MEETING_ID, 39, "Prevent Update", null, null, null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.AGENDA_ITEM_EXISTS));
    }

    @Test
    void cannotAddAgendaItemNumberedZero() {
        fixture.given(SCHEDULED)
                .when(new AddAgendaItem(MEETING_ID, 0, "Introductions", null, null, null))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("minuteNumber"));
    }

    @Test
    void canRecordMinutesAndRewriteThemBeforeConfirmation() {
        fixture.given(SCHEDULED, DHR_ITEM, DHR_MINUTES_RECORDED)
                .when(new RecordMinutes(MEETING_ID, 39, DHR_MINUTES + " A copy of the report is filed with these minutes.", 3L))
                .expectEvents(new MinutesRecorded(MEETING_ID, 39,
                        DHR_MINUTES + " A copy of the report is filed with these minutes.", NOW))
                .expectResultMessagePayload(4L);
    }

    @Test
    void cannotRecordMinutesOfItemNotOnAgenda() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new RecordMinutes(MEETING_ID, 40, "Any other business.", null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.UNKNOWN_MINUTE))
                .expectExceptionMessage("Meeting " + MEETING_ID + " has no minute 40 on its agenda; add the agenda item first.");
    }

    @Test
    void cannotRecordMinutesOnceConfirmed() {
        fixture.given(SCHEDULED, DHR_ITEM, DHR_MINUTES_RECORDED, CONFIRMED)
                .when(new RecordMinutes(MEETING_ID, 39, "Rewritten.", null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.MINUTES_LOCKED))
                .expectExceptionMessage("The minutes of meeting " + MEETING_ID + " are confirmed; they cannot be rewritten. "
                        + "Record an amendment at a later meeting instead.");
    }

    @Test
    void canResolveItemInLetteredParts() {
        List<ResolutionPart> parts = List.of(
                new ResolutionPart("a", "That the Board noted the funding allocated by the Home Office;"),
                new ResolutionPart("b", "That the Board agreed to allocate funding towards the Prevent Officer Post."));
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new ResolveItem(MEETING_ID, 39, ResolutionOutcome.RESOLVED, parts, null))
                .expectEvents(new ItemResolved(MEETING_ID, 39, ResolutionOutcome.RESOLVED, parts, NOW));
    }

    @Test
    void canResolveItemInOnePartWithoutLetter() {
        List<ResolutionPart> parts = List.of(new ResolutionPart(null, "That the status of the LSCSB Action Log be noted."));
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new ResolveItem(MEETING_ID, 39, ResolutionOutcome.NOTED, parts, null))
                .expectEvents(new ItemResolved(MEETING_ID, 39, ResolutionOutcome.NOTED, parts, NOW));
    }

    @Test
    void cannotResolveItemWithPartsOutOfOrder() {
        List<ResolutionPart> parts = List.of(new ResolutionPart("a", "First."), new ResolutionPart("c", "Third."));
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new ResolveItem(MEETING_ID, 39, ResolutionOutcome.RESOLVED, parts, null))
                .expectNoEvents()
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must be \"b\": lettered parts run (a), (b), (c) ... in order");
    }

    @Test
    void cannotResolveItemWithoutOutcome() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new ResolveItem(MEETING_ID, 39, null, List.of(new ResolutionPart(null, "Noted.")), null))
                .expectNoEvents()
                .expectException(BrokenFieldRule.on("outcome"));
    }

    @Test
    void canRecordChairChangeFromAnItemOn() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new RecordChairChange(MEETING_ID, 39, VICE_CHAIR, "The Chairman left the meeting.", null))
                .expectEvents(new ChairChanged(MEETING_ID, 39, CHAIR, VICE_CHAIR, "The Chairman left the meeting.", NOW));
    }

    @Test
    void cannotHandChairToWhoeverHoldsIt() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new RecordChairChange(MEETING_ID, 39, CHAIR, null, null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.CHAIR_UNCHANGED));
    }

    @Test
    void canConfirmMinutesAsCorrectRecord() {
        fixture.given(SCHEDULED, DHR_ITEM, DHR_MINUTES_RECORDED)
                .when(new ConfirmMinutes(MEETING_ID, NEXT_MEETING_ID, NEXT_MEETING_DATE, null, 3L))
                .expectEvents(CONFIRMED)
                .expectResultMessagePayload(4L);
    }

    @Test
    void canConfirmMinutesSubjectToAmendmentKeepingOriginalText() {
        String amended = "The Home Office had allocated £100 million to police forces for tackling knife crime.";
        fixture.given(SCHEDULED, DHR_ITEM, DHR_MINUTES_RECORDED)
                .when(new ConfirmMinutes(MEETING_ID, NEXT_MEETING_ID, NEXT_MEETING_DATE,
                        List.of(new MinuteAmendment(39, amended)), null))
                .expectEvents(CONFIRMED, new MinuteAmended(MEETING_ID, 39, DHR_MINUTES, amended, NEXT_MEETING_ID,
                        NEXT_MEETING_DATE, NOW))
                .expectResultMessagePayload(5L);
    }

    @Test
    void cannotConfirmMinutesAtTheSameMeeting() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new ConfirmMinutes(MEETING_ID, MEETING_ID, NEXT_MEETING_DATE, null, null))
                .expectNoEvents()
                .expectException(InvalidFieldException.class);
    }

    @Test
    void cannotConfirmMinutesOnOrBeforeTheMeetingDate() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new ConfirmMinutes(MEETING_ID, NEXT_MEETING_ID, MEETING_DATE, null, null))
                .expectNoEvents()
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must be after the meeting of 2015-06-18");
    }

    @Test
    void cannotConfirmMinutesTwice() {
        fixture.given(SCHEDULED, DHR_ITEM, CONFIRMED)
                .when(new ConfirmMinutes(MEETING_ID, NEXT_MEETING_ID, NEXT_MEETING_DATE, null, null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.MINUTES_ALREADY_CONFIRMED));
    }

    @Test
    void cannotConfirmMinutesAtAMeetingOfAnotherBoard() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new ConfirmMinutes(MEETING_ID, "other-board-meeting", NEXT_MEETING_DATE, null, null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.NOT_A_MEETING_OF_THIS_BOARD));
    }

    @Test
    void cannotConfirmMinutesAtACancelledMeeting() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new ConfirmMinutes(MEETING_ID, "cancelled-meeting", LocalDate.of(2015, 12, 10), null, null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.LATER_MEETING_CANCELLED));
    }

    @Test
    void cannotConfirmMinutesAtAnEarlierMeeting() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new ConfirmMinutes(MEETING_ID, "earlier-meeting", NEXT_MEETING_DATE, null, null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.NOT_A_LATER_MEETING));
    }

    @Test
    void cannotConfirmMinutesOnADayOtherThanTheConfirmingMeetings() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new ConfirmMinutes(MEETING_ID, NEXT_MEETING_ID, NEXT_MEETING_DATE.plusDays(1), null, null))
                .expectNoEvents()
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must be " + NEXT_MEETING_DATE + ", the date of meeting " + NEXT_MEETING_ID);
    }

    @Test
    void cannotAmendMinutesAtAMeetingOfAnotherBoard() {
        fixture.given(SCHEDULED, DHR_ITEM, DHR_MINUTES_RECORDED, CONFIRMED)
                .when(new AmendMinutes(MEETING_ID, "other-board-meeting", NEXT_MEETING_DATE, new MinuteAmendment(39, "Corrected."),
                        null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.NOT_A_MEETING_OF_THIS_BOARD));
    }

    @Test
    void cannotRecordTheSamePersonPresentAndSendingApologies() {
        List<Attendee> present = List.of(new Attendee("Cllr. Michael Rickman", null, null));
        List<Attendee> apologies = List.of(new Attendee("cllr.  michael rickman", null, null));
        fixture.given(SCHEDULED)
                .when(new RecordAttendance(MEETING_ID, present, apologies, null, null))
                .expectNoEvents()
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("cllr.  michael rickman is named in present too; record each person once");
    }

    @Test
    void cannotAmendMinuteNotOnAgendaWhenConfirming() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new ConfirmMinutes(MEETING_ID, NEXT_MEETING_ID, NEXT_MEETING_DATE,
                        List.of(new MinuteAmendment(5, "New text.")), null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.UNKNOWN_MINUTE));
    }

    @Test
    void canAmendConfirmedMinutesAtLaterMeeting() {
        fixture.given(SCHEDULED, DHR_ITEM, DHR_MINUTES_RECORDED, CONFIRMED)
                .when(new AmendMinutes(MEETING_ID, "later-meeting", LocalDate.of(2015, 12, 10),
                        new MinuteAmendment(39, "Corrected."), null))
                .expectEvents(new MinuteAmended(MEETING_ID, 39, DHR_MINUTES, "Corrected.", "later-meeting",
                        LocalDate.of(2015, 12, 10), NOW));
    }

    @Test
    void cannotAmendMinutesNotYetConfirmed() {
        fixture.given(SCHEDULED, DHR_ITEM, DHR_MINUTES_RECORDED)
                .when(new AmendMinutes(MEETING_ID, NEXT_MEETING_ID, NEXT_MEETING_DATE, new MinuteAmendment(39, "Corrected."), null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.MINUTES_NOT_CONFIRMED));
    }

    private static final ItemResolved DHR_RESOLVED = new ItemResolved(MEETING_ID, 39, ResolutionOutcome.RESOLVED, List.of(
            new ResolutionPart("a", "That the Board noted the DHR update;"),
            new ResolutionPart("b", "That a briefing be held with CSP Chairs.")), EARLIER);

    private static RaiseActionFromMeeting briefingAction(String part) {
        return new RaiseActionFromMeeting(MEETING_ID, "briefing", 39, part, "Hold a short briefing with CSP Chairs on DHRs",
                null, "James Fox", "Leicestershire County Council", LocalDate.of(2015, 12, 10));
    }

    @Test
    void canRaiseActionFromLetteredResolutionPartWithThatSource() {
        fixture.given(SCHEDULED, DHR_ITEM, DHR_RESOLVED)
                .when(briefingAction("b"))
                .expectEvents(new ActionAroseFromMeeting(MEETING_ID, "briefing", 39, "b",
                        "Hold a short briefing with CSP Chairs on DHRs", NOW))
                .expectResultMessagePayload(new ActionRaisedFromCase(1, 4));
        assertThat(actionsRaised).containsExactly(new RaiseAction("briefing", "Hold a short briefing with CSP Chairs on DHRs",
                null, "James Fox", "Leicestershire County Council", LocalDate.of(2015, 12, 10),
                new ActionSource(SourceKind.MEETING_MINUTE, "LSCSB 18 June 2015, minute 39(b)", MEETING_ID, 39, "b")));
    }

    @Test
    void canRepeatRaisingSameActionWithoutSecondMeetingEvent() {
        fixture.given(SCHEDULED, DHR_ITEM, DHR_RESOLVED, new ActionAroseFromMeeting(MEETING_ID, "briefing", 39, null,
                        "Hold a short briefing with CSP Chairs on DHRs", EARLIER))
                .when(briefingAction(null))
                .expectNoEvents()
                .expectResultMessagePayload(new ActionRaisedFromCase(1, 4));
    }

    @Test
    void cannotRaiseActionFromResolutionPartNotRecorded() {
        fixture.given(SCHEDULED, DHR_ITEM, DHR_RESOLVED)
                .when(briefingAction("c"))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.UNKNOWN_RESOLUTION_PART))
                .expectExceptionMessage("Minute 39 of meeting " + MEETING_ID
                        + " has no resolution part (c); record the resolution first.");
        assertThat(actionsRaised).isEmpty();
    }

    @Test
    void canCancelMeetingWithoutMinutesFreeingItsMinuteNumbers() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new CancelMeeting(MEETING_ID, "Not quorate", null))
                .expectEvents(new MeetingCancelled(MEETING_ID, "Not quorate", NOW));
        assertThat(minuteNumbers.releases).containsExactly("LSCSB 2015-16 minutes [39] from " + MEETING_ID);
    }

    @Test
    void cannotCancelMeetingThatHasMinutes() {
        fixture.given(SCHEDULED, DHR_ITEM, DHR_MINUTES_RECORDED)
                .when(new CancelMeeting(MEETING_ID, "Not quorate", null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.HELD));
        assertThat(minuteNumbers.releases).isEmpty();
    }

    @Test
    void cannotRecordAnythingForCancelledMeeting() {
        fixture.given(SCHEDULED, new MeetingCancelled(MEETING_ID, "Not quorate", EARLIER))
                .when(new AddAgendaItem(MEETING_ID, 40, "Prevent Update", null, null, null))
                .expectNoEvents()
                .expectException(refusedWith(MeetingRefused.CANCELLED))
                .expectExceptionMessage("Meeting " + MEETING_ID + " is cancelled; nothing more can be recorded for it.");
    }

    @Test
    void cannotWriteWithStaleVersion() {
        fixture.given(SCHEDULED, DHR_ITEM)
                .when(new RecordMinutes(MEETING_ID, 39, DHR_MINUTES, 1L))
                .expectNoEvents()
                .expectException(refusedWith(CaseRefused.VERSION_CONFLICT));
    }

    /** Stands in for the MinuteBook: remembers claims and releases, and refuses numbers another meeting holds. */
    static final class RecordingMinuteNumbers implements MinuteNumberClaims {
        final List<String> claims = new ArrayList<>();
        final List<String> releases = new ArrayList<>();
        final Map<Integer, String> heldElsewhere = new HashMap<>();

        @Override
        public void claim(String boardId, String municipalYear, int minuteNumber, String meetingId) {
            if (heldElsewhere.containsKey(minuteNumber)) {
                throw MeetingRefused.MINUTE_NUMBER_IN_USE.because("Minute " + minuteNumber + " of " + boardId + " "
                        + municipalYear + " is already used by meeting " + heldElsewhere.get(minuteNumber)
                        + "; minute numbers run on through the municipal year, so use the next free one.");
            }
            claims.add(boardId + " " + municipalYear + " minute " + minuteNumber + " for " + meetingId);
        }

        @Override
        public void release(String boardId, String municipalYear, List<Integer> minuteNumbers, String meetingId) {
            releases.add(boardId + " " + municipalYear + " minutes " + minuteNumbers + " from " + meetingId);
        }
    }
}
