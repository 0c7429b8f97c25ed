package org.saferboard.command.meeting;

import org.saferboard.api.meeting.commands.MeetingOutline;

/**
 * What a meeting asks of the later meeting that confirms or amends its minutes, and a performance outcome
 * of the meeting that noted its rating.
 */
public interface OtherMeetings {

    /**
     * @param field the request field that names the meeting, for the refusal
     * @throws org.saferboard.command.CaseRefusal (an unknown reference) when there is no such meeting, or the id is another kind of case
     */
    MeetingOutline outline(String meetingId, String field);
}
