package org.saferboard.api.meeting;

import java.time.LocalDate;
import java.util.List;

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
