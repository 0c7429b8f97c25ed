package org.saferboard.query.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.action.ActionRag;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.events.ActionCompleted;
import org.saferboard.api.action.events.ActionDueDateRevised;
import org.saferboard.api.action.events.ActionProgressRecorded;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.action.events.ActionReassigned;
import org.saferboard.api.action.events.ActionReopened;
import org.saferboard.api.meeting.events.AgendaItemAdded;
import org.saferboard.api.meeting.events.MeetingCancelled;
import org.saferboard.api.meeting.events.MeetingEvent;
import org.saferboard.api.meeting.events.MeetingScheduled;
import org.saferboard.api.meeting.events.MinutesRecorded;
import org.saferboard.api.meeting.queries.FindActionLogAtMeeting;
import org.saferboard.api.meeting.queries.FindMattersArising;
import org.saferboard.api.meeting.views.MattersArising;
import org.saferboard.api.meeting.views.MeetingActionLog;
import org.saferboard.testing.TestMongo;

class ActionLogAtMeetingTest {

    private static final LocalDate JUNE_MEETING = LocalDate.of(2015, 6, 18);
    private static final LocalDate SEPTEMBER_MEETING = LocalDate.of(2015, 9, 17);
    private static final Instant RAISED_AT = Instant.parse("2015-06-18T11:00:00Z");
    private static final ActionSource MINUTE_39B = new ActionSource(SourceKind.MEETING_MINUTE, "LSCSB 18 June 2015, minute 39(b)",
            "june-2015", 39, "b");

    private ActionLogAtMeeting log;

    @BeforeEach
    void setUp() {
        log = new ActionLogAtMeeting(TestMongo.newDatabase(), processingGroup -> { });
        schedule("june-2015", JUNE_MEETING);
        log.on(new AgendaItemAdded("june-2015", 39, "Domestic Homicide Reviews", null, null, RAISED_AT), 1);
        schedule("september-2015", SEPTEMBER_MEETING);
    }

    private void schedule(String meetingId, LocalDate date) {
        log.on(new MeetingScheduled(meetingId, "LSCSB", date, LocalTime.of(10, 0), "County Hall", false, "Chair", "2015-16",
                RAISED_AT));
    }

    private void raiseBriefing() {
        log.on(new ActionRaised("briefing", "Hold a briefing with CSP Chairs", null, "James Fox", "Leicestershire County Council",
                LocalDate.of(2015, 12, 10), MINUTE_39B, RAISED_AT));
    }

    private MeetingActionLog.Entry onlyEntryAt(String meetingId) {
        MeetingActionLog found = log.handle(new FindActionLogAtMeeting(meetingId)).orElseThrow();
        assertThat(found.groups()).hasSize(1);
        assertThat(found.groups().get(0).actions()).hasSize(1);
        return found.groups().get(0).actions().get(0);
    }

    @Test
    void showsEachActionInItsLastStateOnOrBeforeTheMeetingsDateInLondon() {
        raiseBriefing();
        log.on(new ActionReassigned("briefing", "James Fox", "Leicestershire County Council", "Rik Basra",
                "Leicestershire County Council", null, Instant.parse("2015-07-01T09:00:00Z")), 1);
        // 23:30 UTC on 16 September is 00:30 on the 17th in London: it counts on the meeting's date
        log.on(new ActionCompleted("briefing", "Briefing held", null, Instant.parse("2015-09-16T23:30:00Z")), 2);
        log.on(new ActionReopened("briefing", "Chairs asked for a second one", Instant.parse("2015-09-18T09:00:00Z")), 3);

        MeetingActionLog.Entry onMeetingDate = onlyEntryAt("september-2015");
        assertThat(onMeetingDate.status()).isEqualTo(ActionStatus.COMPLETED);
        assertThat(onMeetingDate.closedOn()).isEqualTo(SEPTEMBER_MEETING);
        assertThat(onMeetingDate.ownerName()).isEqualTo("Rik Basra");
        assertThat(onMeetingDate.rag()).isNull();
        assertThat(onMeetingDate.minuteNumber()).isEqualTo(39);
        assertThat(onMeetingDate.resolutionPart()).isEqualTo("b");
        assertThat(onlyEntryAt("june-2015").status()).as("as raised on the day").isEqualTo(ActionStatus.OPEN);
        assertThat(log.actionVersionOf("briefing")).isEqualTo(4);
    }

    @Test
    void countsDueDateRevisionsMadeByTheDateAndNotesChangeNothing() {
        raiseBriefing();
        log.on(new ActionDueDateRevised("briefing", LocalDate.of(2015, 12, 10), LocalDate.of(2015, 12, 20), "Chairs away",
                Instant.parse("2015-07-01T09:00:00Z")), 1);
        log.on(new ActionProgressRecorded("briefing", "Chairs invited", LocalDate.of(2015, 7, 2), Instant.parse("2015-07-02T09:00:00Z")),
                2);
        log.on(new ActionDueDateRevised("briefing", LocalDate.of(2015, 12, 20), LocalDate.of(2016, 1, 31), "Again",
                Instant.parse("2015-10-01T09:00:00Z")), 3);

        MeetingActionLog.Entry inSeptember = onlyEntryAt("september-2015");
        assertThat(inSeptember.dueDate()).isEqualTo(LocalDate.of(2015, 12, 20));
        assertThat(inSeptember.dueDateRevisions()).isEqualTo(1);
        assertThat(inSeptember.rag()).isEqualTo(ActionRag.GREEN);
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        raiseBriefing();
        ActionCompleted completed = new ActionCompleted("briefing", "Briefing held", null, Instant.parse("2015-07-01T09:00:00Z"));
        log.on(completed, 1);
        raiseBriefing();
        log.on(completed, 1);

        assertThat(onlyEntryAt("september-2015").status()).isEqualTo(ActionStatus.COMPLETED);
        assertThat(log.actionVersionOf("briefing")).isEqualTo(2);
    }

    @Test
    void followsEveryChangeOfAMeetingAndLeavesCancelledMeetingsOut() {
        raiseBriefing();
        log.on(new MinutesRecorded("june-2015", 39, "The Board noted the update.", RAISED_AT), 2);
        assertThat(log.meetingVersionOf("june-2015")).as("minutes change nothing shown, but the version follows").isEqualTo(3);

        log.on(new MeetingCancelled("june-2015", "Not quorate", RAISED_AT), 3);

        assertThat(log.handle(new FindActionLogAtMeeting("september-2015")).orElseThrow().groups()).isEmpty();
        assertThat(log.handle(new FindActionLogAtMeeting("no-such-meeting"))).isEmpty();
    }

    @Test
    void mattersArisingAreEarlierItemsWithActionsStillOpen() {
        raiseBriefing();

        MattersArising arising = log.handle(new FindMattersArising("september-2015")).orElseThrow();

        assertThat(arising.items()).extracting(item -> item.minuteNumber() + " " + item.title() + " "
                        + item.openActions().stream().map(MeetingActionLog.Entry::actionId).toList())
                .containsExactly("39 Domestic Homicide Reviews [briefing]");
        assertThat(log.handle(new FindMattersArising("june-2015")).orElseThrow().items()).as("none before the first").isEqualTo(List.of());
    }

    @Test
    void everyEventOfAMeetingThatTheMeetingViewFollowsIsAMeetingEventThisLogFollows() {
        assertThat(handledEvents(ActionLogAtMeeting.class)).contains(MeetingEvent.class);
        assertThat(Set.of(MeetingEvent.class.getPermittedSubclasses())).containsAll(handledEvents(MeetingViewProjection.class));
    }

    private static Set<Class<?>> handledEvents(Class<?> projection) {
        return Arrays.stream(projection.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(method -> method.getParameterTypes()[0])
                .collect(Collectors.toSet());
    }
}
