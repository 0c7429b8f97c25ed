package org.saferboard.query.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saferboard.api.action.ActionDetails;
import org.saferboard.api.action.ActionHistoryEntry;
import org.saferboard.api.action.ActionRag;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.meeting.MeetingActionLog;

class ActionLogAtMeetingTest {

    private static final LocalDate SEPTEMBER_MEETING = LocalDate.of(2015, 9, 17);
    private static final ActionSource MINUTE_39B = new ActionSource(SourceKind.MEETING_MINUTE, "LSCSB 18 June 2015, minute 39(b)",
            "june-2015", 39, "b");

    private static ActionDetails action(ActionHistoryEntry... history) {
        return new ActionDetails("briefing", "Hold a briefing with CSP Chairs", null, "Rik Basra", "Leicestershire County Council",
                LocalDate.of(2016, 1, 31), ActionStatus.OPEN, false, MINUTE_39B, history[0].recordedAt(), null, 2,
                history.length, history.length, List.of(history));
    }

    private static ActionHistoryEntry entry(long version, String change, String instant, Map<String, String> details) {
        return new ActionHistoryEntry(version, change, Instant.parse(instant), details);
    }

    private static final ActionHistoryEntry RAISED = entry(1, "ActionRaised", "2015-06-18T11:00:00Z",
            Map.of("ownerName", "James Fox", "owningAgency", "Leicestershire County Council", "dueDate", "2015-12-10"));

    @Test
    void replaysHistoryUpToTheEndOfTheDateInLondon() {
        ActionDetails action = action(RAISED,
                entry(2, "ActionReassigned", "2015-07-01T09:00:00Z", Map.of("ownerName", "Rik Basra",
                        "owningAgency", "Leicestershire County Council")),
                // 23:30 UTC on 16 September is 00:30 on the 17th in London: it counts on the meeting's date
                entry(3, "ActionCompleted", "2015-09-16T23:30:00Z", Map.of("outcome", "Briefing held")),
                entry(4, "ActionReopened", "2015-09-18T09:00:00Z", Map.of("reason", "Chairs asked for a second one")));

        MeetingActionLog.Entry onMeetingDate = ActionLogAtMeeting.entryAsAt(action, SEPTEMBER_MEETING).orElseThrow();

        assertThat(onMeetingDate.status()).isEqualTo(ActionStatus.COMPLETED);
        assertThat(onMeetingDate.closedOn()).isEqualTo(SEPTEMBER_MEETING);
        assertThat(onMeetingDate.ownerName()).isEqualTo("Rik Basra");
        assertThat(onMeetingDate.rag()).isNull();
        assertThat(onMeetingDate.minuteNumber()).isEqualTo(39);
        assertThat(onMeetingDate.resolutionPart()).isEqualTo("b");
        assertThat(ActionLogAtMeeting.entryAsAt(action, LocalDate.of(2015, 6, 17))).as("not raised yet").isEmpty();
        assertThat(ActionLogAtMeeting.entryAsAt(action, LocalDate.of(2015, 9, 18)).orElseThrow().status()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void countsDueDateRevisionsMadeByTheDate() {
        ActionDetails action = action(RAISED,
                entry(2, "ActionDueDateRevised", "2015-07-01T09:00:00Z", Map.of("dueDate", "2015-12-20")),
                entry(3, "ActionDueDateRevised", "2015-10-01T09:00:00Z", Map.of("dueDate", "2016-01-31")));

        MeetingActionLog.Entry inSeptember = ActionLogAtMeeting.entryAsAt(action, SEPTEMBER_MEETING).orElseThrow();

        assertThat(inSeptember.dueDate()).isEqualTo(LocalDate.of(2015, 12, 20));
        assertThat(inSeptember.dueDateRevisions()).isEqualTo(1);
        assertThat(inSeptember.rag()).isEqualTo(ActionRag.GREEN);
    }
}
