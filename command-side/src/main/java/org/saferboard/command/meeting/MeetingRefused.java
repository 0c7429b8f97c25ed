package org.saferboard.command.meeting;

import org.saferboard.command.RefusalReason;

/** Why the Meeting and MinuteBook aggregates refuse a command. */
public enum MeetingRefused implements RefusalReason {

    MEETING_ID_ALREADY_USED("meeting-id-already-used", Kind.CONFLICT,
            "the meetingId was scheduled already with other details"),
    CANCELLED("meeting-cancelled", Kind.CONFLICT,
            "the meeting is cancelled; nothing more is recorded for it"),
    HELD("meeting-held", Kind.CONFLICT,
            "the meeting has minutes, so it cannot be cancelled"),
    MINUTES_LOCKED("minutes-locked", Kind.CONFLICT,
            "the minutes are confirmed; they change only by an amendment at a later meeting"),
    MINUTES_ALREADY_CONFIRMED("minutes-already-confirmed", Kind.CONFLICT,
            "the minutes were confirmed at another meeting or on another date"),
    MINUTES_NOT_CONFIRMED("minutes-not-confirmed", Kind.CONFLICT,
            "minutes are amended only after they are confirmed"),
    AGENDA_ITEM_EXISTS("agenda-item-exists", Kind.CONFLICT,
            "the minute number is on the agenda already with another title"),
    CHAIR_UNCHANGED("chair-unchanged", Kind.CONFLICT,
            "the chair named already chairs from that item"),
    MINUTE_NUMBER_IN_USE("minute-number-in-use", Kind.CONFLICT,
            "the minute number is used by another meeting of the board that municipal year"),
    UNKNOWN_MINUTE("unknown-minute", Kind.UNKNOWN_REFERENCE,
            "the minute number is not on the meeting's agenda"),
    UNKNOWN_RESOLUTION_PART("unknown-resolution-part", Kind.UNKNOWN_REFERENCE,
            "the item's resolution has no part with that letter"),
    UNKNOWN_MEETING("unknown-meeting", Kind.UNKNOWN_REFERENCE,
            "the later meeting named does not exist"),
    NOT_A_MEETING("not-a-meeting", Kind.UNKNOWN_REFERENCE,
            "the id named is another kind of case, not a meeting"),
    NOT_A_MEETING_OF_THIS_BOARD("not-a-meeting-of-this-board", Kind.UNKNOWN_REFERENCE,
            "the later meeting named is another board's"),
    LATER_MEETING_CANCELLED("meeting-cancelled", Kind.UNKNOWN_REFERENCE,
            "the later meeting named was cancelled"),
    NOT_A_LATER_MEETING("not-a-later-meeting", Kind.UNKNOWN_REFERENCE,
            "the meeting named was not held after this one");

    private final String code;
    private final Kind kind;
    private final String meaning;

    MeetingRefused(String code, Kind kind, String meaning) {
        this.code = code;
        this.kind = kind;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
