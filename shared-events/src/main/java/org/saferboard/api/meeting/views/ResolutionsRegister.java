package org.saferboard.api.meeting.views;

import java.time.LocalDate;
import java.util.List;
import org.saferboard.api.meeting.ResolutionOutcome;
import org.saferboard.api.meeting.ResolutionPart;
import org.saferboard.api.meeting.queries.FindResolutions;

/** The answer to FindResolutions. */
public record ResolutionsRegister(List<Entry> resolutions) {

    public record Entry(
            String meetingId,
            String boardId,
            LocalDate meetingDate,
            int minuteNumber,
            String itemTitle,
            ResolutionOutcome outcome,
            List<ResolutionPart> parts) {
    }
}
