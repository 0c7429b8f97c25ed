package org.saferboard.command.meeting;

import static org.saferboard.command.RefusalReason.Details.conflict;
import static org.saferboard.command.RefusalReason.Details.unknownReference;

import org.saferboard.command.RefusalReason;

/** Why the Meeting and MinuteBook aggregates refuse a command. */
public enum MeetingRefused implements RefusalReason {

    MEETING_ID_ALREADY_USED(conflict("meeting-id-already-used", "the meetingId was scheduled already with other details")),
    CANCELLED(conflict("meeting-cancelled", "the meeting is cancelled; nothing more is recorded for it")),
    HELD(conflict("meeting-held", "the meeting has minutes, so it cannot be cancelled")),
    MINUTES_LOCKED(conflict("minutes-locked", "the minutes are confirmed; they change only by an amendment at a later meeting")),
    MINUTES_ALREADY_CONFIRMED(conflict("minutes-already-confirmed", "the minutes were confirmed at another meeting or on another date")),
    MINUTES_NOT_CONFIRMED(conflict("minutes-not-confirmed", "minutes are amended only after they are confirmed")),
    AGENDA_ITEM_EXISTS(conflict("agenda-item-exists", "the minute number is on the agenda already with another title")),
    CHAIR_UNCHANGED(conflict("chair-unchanged", "the chair named already chairs from that item")),
    MINUTE_NUMBER_IN_USE(conflict("minute-number-in-use", "the minute number is used by another meeting of the board that municipal year")),
    UNKNOWN_MINUTE(unknownReference("unknown-minute", "the minute number is not on the meeting's agenda")),
    UNKNOWN_RESOLUTION_PART(unknownReference("unknown-resolution-part", "the item's resolution has no part with that letter")),
    UNKNOWN_MEETING(unknownReference("unknown-meeting", "the later meeting named does not exist")),
    NOT_A_MEETING(unknownReference("not-a-meeting", "the id named is another kind of case, not a meeting")),
    NOT_A_MEETING_OF_THIS_BOARD(unknownReference("not-a-meeting-of-this-board", "the later meeting named is another board's")),
    LATER_MEETING_CANCELLED(unknownReference("meeting-cancelled", "the later meeting named was cancelled")),
    NOT_A_LATER_MEETING(unknownReference("not-a-later-meeting", "the meeting named was not held after this one"));

    private final Details details;

    MeetingRefused(Details details) {
        this.details = details;
    }

    @Override
    public Details details() {
        return details;
    }
}
