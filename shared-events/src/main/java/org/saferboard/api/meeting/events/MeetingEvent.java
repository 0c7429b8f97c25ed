package org.saferboard.api.meeting.events;

/**
 * Every event of a meeting (the Meeting aggregate): a read model that must follow all of a meeting's
 * changes, if only its version, handles this type, and a new meeting event has to be named here.
 */
public sealed interface MeetingEvent permits MeetingScheduled, AttendanceRecorded, AgendaItemAdded, ActionAroseFromMeeting,
        MinutesRecorded, ItemResolved, ChairChanged, MinutesConfirmed, MinuteAmended, MeetingCancelled {

    String meetingId();
}
