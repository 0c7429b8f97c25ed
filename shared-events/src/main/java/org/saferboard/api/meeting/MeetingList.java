package org.saferboard.api.meeting;

import java.util.List;

/** The answer to FindMeetings. */
public record MeetingList(List<MeetingSummary> meetings) {
}
