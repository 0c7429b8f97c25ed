package org.saferboard.api.meeting;

import java.util.List;

public record MinuteNumbersReleased(
        String minuteBookId,
        String meetingId,
        List<Integer> minuteNumbers) {
}
