package org.saferboard.query.meeting;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.saferboard.api.meeting.views.MeetingView;
import org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine;
import org.saferboard.query.ScratchReadModels;
import org.saferboard.query.action.ActionsAsAt;
import org.springframework.stereotype.Component;

/**
 * A meeting's record as it stood at a position of the event log: the meeting view's own handlers over
 * the meeting's events up to it, with the actions raised at it worded as they stood then.
 */
@Component
public class MeetingAsAt {

    private final GlobalSequenceEventStorageEngine eventLog;
    private final ScratchReadModels scratch;
    private final ActionsAsAt actions;

    public MeetingAsAt(GlobalSequenceEventStorageEngine eventLog, ScratchReadModels scratch, ActionsAsAt actions) {
        this.eventLog = eventLog;
        this.scratch = scratch;
        this.actions = actions;
    }

    /** Empty when the meeting had not been scheduled by then. */
    public Optional<MeetingView> meeting(String meetingId, long position, LocalDate on) {
        Iterable<? extends DomainEventMessage<?>> events = EventStreamUtils.asStream(eventLog.readEventsUpTo(meetingId, position)).toList();
        return scratch.replay(database -> new MeetingViewProjection(database, processingGroup -> { }), events,
                view -> view.meetingOf(meetingId))
                .map(meeting -> MeetingQueries.withActionsWorded(meeting,
                        actions.summaries(MeetingQueries.raisedActionIds(meeting), position, on)));
    }
}
