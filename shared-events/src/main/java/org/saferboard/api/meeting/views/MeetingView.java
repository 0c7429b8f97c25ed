package org.saferboard.api.meeting.views;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.saferboard.api.meeting.Attendee;
import org.saferboard.api.meeting.ResolutionOutcome;
import org.saferboard.api.meeting.ResolutionPart;

/**
 * A meeting with its agenda, attendance, minutes, resolutions, chair changes and confirmation; an
 * amended minute shows its current text and every amendment with the original and amended wording.
 */
public record MeetingView(
        String meetingId,
        String boardId,
        String municipalYear,
        LocalDate meetingDate,
        LocalTime startTime,
        String venue,
        boolean online,
        String chairName,
        MeetingStatus status,
        String cancellationReason,
        List<Attendee> present,
        List<Attendee> apologies,
        List<Attendee> alsoInAttendance,
        List<Item> items,
        List<ChairChange> chairChanges,
        Confirmation confirmation,
        long version) {

    /** The same meeting with other items (the actions worded as the action log holds them). */
    public MeetingView withItems(List<Item> newItems) {
        return new MeetingView(meetingId, boardId, municipalYear, meetingDate, startTime, venue, online, chairName, status,
                cancellationReason, present, apologies, alsoInAttendance, newItems, chairChanges, confirmation, version);
    }

    public enum MeetingStatus {
        SCHEDULED,
        MINUTES_CONFIRMED,
        CANCELLED
    }

    public record Item(
            int minuteNumber,
            String title,
            String presenter,
            String reportReference,
            String minutes,
            Resolution resolution,
            List<Amendment> amendments,
            List<RaisedAction> actions) {

        public Item withActions(List<RaisedAction> newActions) {
            return new Item(minuteNumber, title, presenter, reportReference, minutes, resolution, amendments, newActions);
        }
    }

    /** An action raised from the item, worded as the action log holds it; its progress is in the action log. */
    public record RaisedAction(String actionId, String resolutionPart, String title) {
    }

    public record Resolution(ResolutionOutcome outcome, List<ResolutionPart> parts) {
    }

    public record Amendment(String originalText, String amendedText, String amendedAtMeetingId, LocalDate amendedOn) {
    }

    public record ChairChange(int fromMinuteNumber, String previousChairName, String chairName, String note) {
    }

    public record Confirmation(String confirmedAtMeetingId, LocalDate confirmedOn) {
    }
}
