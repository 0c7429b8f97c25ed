package org.saferboard.query.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.meeting.events.ActionAroseFromMeeting;
import org.saferboard.api.meeting.events.AgendaItemAdded;
import org.saferboard.api.meeting.events.MeetingScheduled;
import org.saferboard.api.meeting.queries.FindMeeting;
import org.saferboard.api.meeting.views.MeetingView;
import org.saferboard.query.action.ActionLogFeed;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.query.action.ActionLogReads;
import org.saferboard.testing.TestMongo;

class MeetingQueriesTest {

    private static final Instant AT = Instant.parse("2015-09-17T10:00:00Z");
    private static final String SEPTEMBER = "lscsb-2015-09-17";

    @Test
    void anActionRaisedAtAMeetingShowsTheWordingTheActionLogHoldsNotTheCopyTakenWhenItWasRaised() {
        MongoDatabase database = TestMongo.newDatabase();
        MeetingViewProjection meetingView = new MeetingViewProjection(database, processingGroup -> { });
        ActionLogProjection actionLog = new ActionLogProjection(database, Clock.fixed(AT, ZoneOffset.UTC), processingGroup -> { },
                ActionLogReads.EXACT_KEYS);
        MeetingQueries meetings = new MeetingQueries(meetingView, actionLog);
        meetingView.on(new MeetingScheduled(SEPTEMBER, "LSCSB", LocalDate.of(2015, 9, 17), LocalTime.of(14, 0), "County Hall",
                false, "Mr. J. T. Orson JP CC", "2015-16", AT));
        meetingView.on(new AgendaItemAdded(SEPTEMBER, 45, "Prevent Update", null, null, AT), 1);
        meetingView.on(new ActionAroseFromMeeting(SEPTEMBER, "prevent-briefing", 45, null, "Brief the board on Prevent", AT), 2);
        meetingView.on(new ActionAroseFromMeeting(SEPTEMBER, "prevent-training", 45, null, "Report Prevent training take-up", AT), 3);

        assertThat(actions(meetings)).as("before the action log has them: the wording raised")
                .containsExactly("Brief the board on Prevent", "Report Prevent training take-up");

        ActionLogFeed.raised(actionLog, new ActionRaised("prevent-briefing", "Brief the board on the Prevent duty in December",
                null, "Prevent coordinator", "Leicestershire County Council", LocalDate.of(2015, 12, 10),
                new ActionSource(SourceKind.MEETING_MINUTE, "LSCSB 17 September 2015, minute 45", SEPTEMBER, 45, null), AT));

        assertThat(actions(meetings)).containsExactly("Brief the board on the Prevent duty in December",
                "Report Prevent training take-up");
    }

    private static List<String> actions(MeetingQueries meetings) {
        MeetingView meeting = meetings.handle(new FindMeeting(SEPTEMBER)).orElseThrow();
        return meeting.items().get(0).actions().stream().map(MeetingView.RaisedAction::title).toList();
    }
}
