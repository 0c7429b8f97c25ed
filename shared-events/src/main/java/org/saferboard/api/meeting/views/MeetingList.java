package org.saferboard.api.meeting.views;

import java.util.List;
import org.saferboard.api.meeting.queries.FindMeetings;

/** The answer to FindMeetings. */
public record MeetingList(List<MeetingSummary> meetings) {
}
