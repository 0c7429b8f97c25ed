package org.saferboard.command.meeting;

import org.saferboard.command.CaseRefusal;

/** A command the Meeting or MinuteBook aggregate refuses because of the meeting's state. */
public class MeetingRefusal extends CaseRefusal {

    MeetingRefusal(String code, String message) {
        super(code, message);
    }

    static MeetingRefusal minutesLocked(String meetingId, String attempted) {
        return new MeetingRefusal("minutes-locked", "The minutes of meeting " + meetingId
                + " are confirmed; they cannot be " + attempted + ". Record an amendment at a later meeting instead.");
    }

    static MeetingRefusal cancelled(String meetingId) {
        return new MeetingRefusal("meeting-cancelled", "Meeting " + meetingId + " is cancelled; nothing more can be recorded for it.");
    }

    static MeetingRefusal minuteNumberInUse(int minuteNumber, String minuteBookId, String meetingId) {
        return new MeetingRefusal("minute-number-in-use", "Minute " + minuteNumber + " of " + minuteBookId
                + " is already used by meeting " + meetingId + "; minute numbers run on through the municipal year, "
                + "so use the next free one.");
    }
}
