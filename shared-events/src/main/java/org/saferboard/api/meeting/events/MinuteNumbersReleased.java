package org.saferboard.api.meeting.events;

import java.util.List;

public record MinuteNumbersReleased(
        String minuteBookId,
        String meetingId,
        List<Integer> minuteNumbers) {
}
