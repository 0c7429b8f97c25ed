package org.saferboard.api.action.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferboard.api.action.ActionRag;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.events.ActionCancelled;
import org.saferboard.api.action.events.ActionCompleted;
import org.saferboard.api.action.events.ActionDueDateRevised;
import org.saferboard.api.action.events.ActionProgressRecorded;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.action.events.ActionReassigned;
import org.saferboard.api.action.events.ActionReopened;

class ActionStateTest {

    private static final LocalDate SEPTEMBER_MEETING = LocalDate.of(2015, 9, 17);
    private static final Instant AT = Instant.parse("2015-06-18T11:00:00Z");
    private static final ActionRaised RAISED = new ActionRaised("briefing", "Hold a briefing with CSP Chairs", null, "James Fox",
            "Leicestershire County Council", LocalDate.of(2015, 12, 10),
            new ActionSource(SourceKind.MEETING_MINUTE, "LSCSB 18 June 2015, minute 39(b)", "june-2015", 39, "b"), AT);

    private static ActionState dueOn(LocalDate dueDate, int revisions) {
        return new ActionState("Hold a briefing with CSP Chairs", ActionStatus.OPEN, "James Fox", "Leicestershire County Council", dueDate, revisions, null);
    }

    @Test
    void foldsAnActionsEventsInOrder() {
        ActionState state = ActionState.fold(List.of(RAISED,
                new ActionReassigned("briefing", "James Fox", "Leicestershire County Council", "Rik Basra",
                        "Leicestershire County Council", null, AT),
                new ActionProgressRecorded("briefing", "Chairs invited", LocalDate.of(2015, 7, 2), AT),
                new ActionDueDateRevised("briefing", LocalDate.of(2015, 12, 10), LocalDate.of(2016, 1, 31), "Chairs away", AT),
                // 23:30 UTC on 16 September is 00:30 on the 17th in London
                new ActionCompleted("briefing", "Briefing held", null, Instant.parse("2015-09-16T23:30:00Z"))));

        assertThat(state).isEqualTo(new ActionState("Hold a briefing with CSP Chairs", ActionStatus.COMPLETED, "Rik Basra", "Leicestershire County Council",
                LocalDate.of(2016, 1, 31), 1, Instant.parse("2015-09-16T23:30:00Z")));
        assertThat(state.closedOn()).isEqualTo(SEPTEMBER_MEETING);
        assertThat(state.ragOn(SEPTEMBER_MEETING)).as("no RAG once closed").isNull();
        assertThat(state.overdueOn(LocalDate.of(2016, 6, 1))).as("a closed action is never overdue").isFalse();

        ActionState reopened = new ActionReopened("briefing", "A second briefing", AT).applyTo(state);
        assertThat(reopened.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(reopened.closedAt()).isNull();
        assertThat(new ActionCancelled("briefing", "Superseded", AT).applyTo(reopened).status()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(ActionState.fold(List.of())).as("nothing before the raise").isNull();
    }

    @Test
    void ragIsRedWhenOverdueAmberWithinFourteenDaysOrRevisedMoreThanOnceGreenOtherwise() {
        assertThat(dueOn(SEPTEMBER_MEETING.minusDays(1), 0).ragOn(SEPTEMBER_MEETING)).isEqualTo(ActionRag.RED);
        assertThat(dueOn(SEPTEMBER_MEETING, 0).ragOn(SEPTEMBER_MEETING)).isEqualTo(ActionRag.AMBER);
        assertThat(dueOn(SEPTEMBER_MEETING.plusDays(14), 0).ragOn(SEPTEMBER_MEETING)).isEqualTo(ActionRag.AMBER);
        assertThat(dueOn(SEPTEMBER_MEETING.plusDays(15), 0).ragOn(SEPTEMBER_MEETING)).isEqualTo(ActionRag.GREEN);
        assertThat(dueOn(SEPTEMBER_MEETING.plusDays(90), 2).ragOn(SEPTEMBER_MEETING)).isEqualTo(ActionRag.AMBER);
        assertThat(dueOn(SEPTEMBER_MEETING.plusDays(90), 1).ragOn(SEPTEMBER_MEETING)).isEqualTo(ActionRag.GREEN);
    }

    @Test
    void overdueMeansOpenAndDueBeforeTheDate() {
        assertThat(dueOn(SEPTEMBER_MEETING.minusDays(1), 0).overdueOn(SEPTEMBER_MEETING)).isTrue();
        assertThat(dueOn(SEPTEMBER_MEETING, 0).overdueOn(SEPTEMBER_MEETING)).as("due today is not overdue").isFalse();
        assertThat(ActionState.isOverdue(ActionStatus.CANCELLED, SEPTEMBER_MEETING.minusDays(1), SEPTEMBER_MEETING)).isFalse();
    }
}
