package org.saferboard.command.meeting;

import java.util.List;

/** Claims and frees minute numbers in a board's minute book on behalf of a meeting. */
public interface MinuteNumberClaims {

    /** @throws org.saferboard.command.CaseRefusal ({@link MeetingRefused#MINUTE_NUMBER_IN_USE}) when another meeting of the board's municipal year holds the number */
    void claim(String boardId, String municipalYear, int minuteNumber, String meetingId);

    void release(String boardId, String municipalYear, List<Integer> minuteNumbers, String meetingId);
}
