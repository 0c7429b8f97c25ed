package org.saferboard.api.meeting.events;

public record MinuteNumberClaimed(
        String minuteBookId,
        String boardId,
        String municipalYear,
        int minuteNumber,
        String meetingId) {
}
