package org.saferboard.query.meeting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.saferboard.api.action.views.ActionSummary;
import org.saferboard.api.meeting.queries.FindMeeting;
import org.saferboard.api.meeting.views.MeetingView;
import org.saferboard.query.action.ActionLogProjection;
import org.springframework.stereotype.Component;

/**
 * A meeting as read: the meeting view's record of it, with the actions raised at it worded as the
 * action log holds them, so a later change to an action's wording shows here too. The two read
 * models stand alone; a readAfter of either kind of case waits on the one that holds it.
 */
@Component
public class MeetingQueries {

    private final MeetingViewProjection meetingView;
    private final ActionLogProjection actionLog;

    public MeetingQueries(MeetingViewProjection meetingView, ActionLogProjection actionLog) {
        this.meetingView = meetingView;
        this.actionLog = actionLog;
    }

    @QueryHandler
    public Optional<MeetingView> handle(FindMeeting query) {
        return meetingView.meetingOf(query.meetingId()).map(meeting -> withActionsWorded(meeting,
                actionLog.actionsByIds(raisedActionIds(meeting))));
    }

    /** The ids of the actions raised at the meeting. */
    public static List<String> raisedActionIds(MeetingView meeting) {
        return meeting.items().stream().flatMap(item -> item.actions().stream()).map(MeetingView.RaisedAction::actionId).toList();
    }

    /** The meeting with each action raised at it worded as the action log holds it (as raised when the log has none). */
    public static MeetingView withActionsWorded(MeetingView meeting, Map<String, ActionSummary> inLog) {
        return meeting.withItems(meeting.items().stream().map(item -> item.withActions(item.actions().stream()
                .map(action -> new MeetingView.RaisedAction(action.actionId(), action.resolutionPart(),
                        inLog.containsKey(action.actionId()) ? inLog.get(action.actionId()).title() : action.title()))
                .toList())).toList());
    }
}
