package org.saferboard.query.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.meeting.Attendee;
import org.saferboard.api.meeting.ResolutionOutcome;
import org.saferboard.api.meeting.ResolutionPart;
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
import org.saferboard.api.meeting.views.MeetingSummary;
import org.saferboard.api.meeting.views.MeetingView;
import org.saferboard.api.meeting.views.ResolutionsRegister;
import org.saferboard.testing.TestMongo;

class MeetingViewProjectionTest {

    private static final Instant AT = Instant.parse("2019-06-14T10:00:00Z");
    private static final String JUNE = "m-2019-06-14";
    private static final String SEPTEMBER = "m-2019-09-20";
    private static final String DECEMBER = "m-2019-12-06";
    private static final LocalDate SEPTEMBER_DATE = LocalDate.of(2019, 9, 20);
    private static final String ORIGINAL = "The Home Office had allocated £100 million to police forces for tackling knife crime.";
    private static final String AMENDED = ORIGINAL.replace(".", " and Leicestershire Police would receive 1.4 million.");
    private static final Attendee RICKMAN = new Attendee("Cllr. Michael Rickman", "CSP Strategy Group Chair",
            "Harborough District Council");
    private static final List<ResolutionPart> NOTED = List.of(new ResolutionPart(null, "That the update be noted."));

    private MeetingViewProjection projection;

    @BeforeEach
    void setUp() {
        projection = new MeetingViewProjection(TestMongo.newDatabase(), processingGroup -> { });
    }

    private void feedJuneMeetingConfirmedInSeptemberWithAmendment() {
        projection.on(new MeetingScheduled(JUNE, "LSCSB", LocalDate.of(2019, 6, 14), LocalTime.of(10, 0), "County Hall, Glenfield",
                false, "Mr. I. D. Ould OBE CC", "2019-20", AT));
        projection.on(new AttendanceRecorded(JUNE, List.of(RICKMAN), List.of(), List.of(), AT), 1);
        projection.on(new AgendaItemAdded(JUNE, 5, "Matters Arising - OPCC Update", "Paul Hindson", null, AT), 2);
        projection.on(new AgendaItemAdded(JUNE, 4, "Minutes of previous meeting", null, null, AT), 3);
        projection.on(new MinutesRecorded(JUNE, 5, ORIGINAL, AT), 4);
        projection.on(new ItemResolved(JUNE, 5, ResolutionOutcome.NOTED, NOTED, AT), 5);
        projection.on(new ChairChanged(JUNE, 5, "Mr. I. D. Ould OBE CC", "Cllr. Michael Rickman", "The Chairman left.", AT), 6);
        projection.on(new MinutesConfirmed(JUNE, SEPTEMBER, SEPTEMBER_DATE, AT), 7);
        projection.on(new MinuteAmended(JUNE, 5, ORIGINAL, AMENDED, SEPTEMBER, SEPTEMBER_DATE, AT), 8);
    }

    @Test
    void showsMeetingWithItemsInMinuteOrderAndAmendmentBesideOriginal() {
        feedJuneMeetingConfirmedInSeptemberWithAmendment();

        MeetingView view = projection.meetingOf(JUNE).orElseThrow();

        assertThat(view.version()).isEqualTo(9);
        assertThat(view.status()).isEqualTo(MeetingView.MeetingStatus.MINUTES_CONFIRMED);
        assertThat(view.municipalYear()).isEqualTo("2019-20");
        assertThat(view.present()).containsExactly(RICKMAN);
        assertThat(view.items()).extracting(MeetingView.Item::minuteNumber).containsExactly(4, 5);
        MeetingView.Item matters = view.items().get(1);
        assertThat(matters.minutes()).isEqualTo(AMENDED);
        assertThat(matters.resolution()).isEqualTo(new MeetingView.Resolution(ResolutionOutcome.NOTED, NOTED));
        assertThat(matters.amendments()).containsExactly(new MeetingView.Amendment(ORIGINAL, AMENDED, SEPTEMBER, SEPTEMBER_DATE));
        assertThat(view.chairChanges()).containsExactly(new MeetingView.ChairChange(5, "Mr. I. D. Ould OBE CC",
                "Cllr. Michael Rickman", "The Chairman left."));
        assertThat(view.confirmation()).isEqualTo(new MeetingView.Confirmation(SEPTEMBER, SEPTEMBER_DATE));
    }

    @Test
    void sameEventsFedTwiceChangeNothing() {
        feedJuneMeetingConfirmedInSeptemberWithAmendment();
        MeetingView once = projection.meetingOf(JUNE).orElseThrow();

        feedJuneMeetingConfirmedInSeptemberWithAmendment();

        assertThat(projection.meetingOf(JUNE)).contains(once);
        assertThat(once.items().get(1).amendments()).hasSize(1);
    }

    @Test
    void listsBoardMeetingsBetweenDatesEarliestFirst() {
        projection.on(new MeetingScheduled(DECEMBER, "LSCSB", LocalDate.of(2019, 12, 6), LocalTime.of(14, 0), null, true,
                "Mr. I. D. Ould OBE CC", "2019-20", AT));
        feedJuneMeetingConfirmedInSeptemberWithAmendment();
        projection.on(new MeetingScheduled("other-board", "LLR SPB", LocalDate.of(2019, 7, 1), LocalTime.of(10, 0), "City Hall",
                false, "Lord Willy Bach", "2019-20", AT));
        projection.on(new MeetingCancelled(DECEMBER, "Not quorate", AT), 1);

        List<MeetingSummary> lscsb = projection.handle(new FindMeetings("LSCSB", null, null)).meetings();
        List<MeetingSummary> summer = projection.handle(new FindMeetings(null, LocalDate.of(2019, 6, 15),
                LocalDate.of(2019, 8, 31))).meetings();

        assertThat(lscsb).extracting(MeetingSummary::meetingId).containsExactly(JUNE, DECEMBER);
        assertThat(lscsb.get(0).agendaItems()).isEqualTo(2);
        assertThat(lscsb.get(1).status()).isEqualTo(MeetingView.MeetingStatus.CANCELLED);
        assertThat(summer).extracting(MeetingSummary::meetingId).containsExactly("other-board");
    }

    @Test
    void resolutionsRegisterFiltersByBoardDatesOutcomeAndText() {
        feedJuneMeetingConfirmedInSeptemberWithAmendment();
        projection.on(new MeetingScheduled(SEPTEMBER, "LSCSB", SEPTEMBER_DATE, LocalTime.of(10, 0), "County Hall", false,
                "Mr. I. D. Ould OBE CC", "2019-20", AT));
        projection.on(new AgendaItemAdded(SEPTEMBER, 26, "Prevent Update", "Gurjit Samra-Rai", null, AT), 1);
        List<ResolutionPart> prevent = List.of(new ResolutionPart("a", "That the Board noted the Home Office funding;"),
                new ResolutionPart("b", "That the Board agreed to allocate funding towards the Prevent Officer Post."));
        projection.on(new ItemResolved(SEPTEMBER, 26, ResolutionOutcome.RESOLVED, prevent, AT), 2);
        projection.on(new AgendaItemAdded(SEPTEMBER, 27, "Any other business", null, null, AT), 3);

        assertThat(projection.handle(new FindResolutions("LSCSB", null, null, null, null)).resolutions())
                .extracting(entry -> entry.meetingId() + "/" + entry.minuteNumber())
                .containsExactly(JUNE + "/5", SEPTEMBER + "/26");
        assertThat(projection.handle(new FindResolutions(null, SEPTEMBER_DATE, null, null, null)).resolutions())
                .extracting(ResolutionsRegister.Entry::itemTitle).containsExactly("Prevent Update");
        assertThat(projection.handle(new FindResolutions(null, null, null, ResolutionOutcome.NOTED, null)).resolutions())
                .extracting(ResolutionsRegister.Entry::minuteNumber).containsExactly(5);
        assertThat(projection.handle(new FindResolutions(null, null, null, null, "PREVENT OFFICER")).resolutions())
                .singleElement().satisfies(entry -> assertThat(entry.parts()).isEqualTo(prevent));
        assertThat(projection.handle(new FindResolutions("LLR SPB", null, null, null, null)).resolutions()).isEmpty();
    }

    @Test
    void unknownMeetingIsEmpty() {
        assertThat(projection.meetingOf("no-such-meeting")).isEmpty();
        assertThat(projection.versionOf("no-such-meeting")).isZero();
    }
}
