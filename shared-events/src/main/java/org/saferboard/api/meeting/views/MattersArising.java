package org.saferboard.api.meeting.views;

import java.time.LocalDate;
import java.util.List;
import org.saferboard.api.meeting.queries.FindMattersArising;

/** The answer to FindMattersArising: earlier items, by meeting date and minute number, with their open actions. */
public record MattersArising(String meetingId, LocalDate meetingDate, List<Item> items) {

    public record Item(String meetingId, LocalDate meetingDate, int minuteNumber, String title,
                       List<MeetingActionLog.Entry> openActions) {
    }
}
