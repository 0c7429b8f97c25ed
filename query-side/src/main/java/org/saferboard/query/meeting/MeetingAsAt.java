package org.saferboard.query.meeting;

import java.time.LocalDate;
import java.util.Optional;
import org.saferboard.api.meeting.views.MeetingView;
import org.saferboard.infrastructure.eventstore.CaseHistories;
import org.saferboard.query.ScratchReadModels;
import org.saferboard.query.action.ActionsAsAt;
import org.springframework.stereotype.Component;

/**
 * A meeting's record as it stood at a position of the event log: the meeting view's own handlers over
 * the meeting's events up to it, with the actions raised at it worded as they stood then.
 */
@Component
public class MeetingAsAt {

    private final CaseHistories histories;
    private final ScratchReadModels scratch;
    private final ActionsAsAt actions;

    public MeetingAsAt(CaseHistories histories, ScratchReadModels scratch, ActionsAsAt actions) {
        this.histories = histories;
        this.scratch = scratch;
        this.actions = actions;
    }

    /** Empty when the meeting had not been scheduled by then. */
    public Optional<MeetingView> meeting(String meetingId, long position, LocalDate on) {
        return scratch.replay(database -> new MeetingViewProjection(database, processingGroup -> { }), histories.upTo(meetingId, position),
                view -> view.meetingOf(meetingId))
                .map(meeting -> MeetingQueries.withActionsWorded(meeting,
                        actions.summaries(MeetingQueries.raisedActionIds(meeting), position, on)));
    }
}
