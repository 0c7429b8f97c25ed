package org.saferboard.query.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.validate.ValidationException;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.meeting.views.MeetingView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A board's meetings as iCalendar (RFC 5545), written by ical4j: one event per meeting, whose UID is the
 * meeting's id, so that a calendar that imported it updates the same event when the meeting changes; its
 * SEQUENCE is the meeting's version, which rises with every change, and a cancelled meeting stays as a
 * cancelled event. Times are written in UTC, so no time zone definition is needed.
 */
@Component
class MeetingCalendars {

    static final String PRODUCT = "-//SaferBoard//Board meetings//EN";
    private static final String UID_DOMAIN = "@saferboard";

    private final Clock clock;
    private final Duration meetingLength;

    MeetingCalendars(Clock clock, @Value("${saferboard.calendar.meeting-length:PT2H}") Duration meetingLength) {
        if (meetingLength.isNegative() || meetingLength.isZero()) {
            throw new IllegalArgumentException("saferboard.calendar.meeting-length must be longer than nothing, not " + meetingLength);
        }
        this.clock = clock;
        this.meetingLength = meetingLength;
    }

    /** The calendar text of these meetings. */
    String ics(List<MeetingView> meetings) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        Instant now = clock.instant();
        meetings.forEach(meeting -> calendar.add(event(meeting, now)));
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The meetings' calendar does not validate: " + e.getMessage(), e);
        }
        return text.toString();
    }

    private VEvent event(MeetingView meeting, Instant now) {
        Instant start = meeting.meetingDate().atTime(meeting.startTime()).atZone(BusinessCalendar.BUSINESS_ZONE).toInstant();
        VEvent event = new VEvent(false);
        event.add(new Uid(meeting.meetingId() + UID_DOMAIN));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(start.plus(meetingLength)));
        event.add(new Summary(meeting.boardId() + " meeting"));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, meeting.version())));
        event.add(new Location(location(meeting)));
        event.add(new Description(description(meeting)));
        event.add(meeting.status() == MeetingView.MeetingStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private static String location(MeetingView meeting) {
        if (meeting.venue() == null || meeting.venue().isBlank()) {
            return "Online";
        }
        return meeting.online() ? meeting.venue() + " (also online)" : meeting.venue();
    }

    /** The chair and the agenda, minute by minute; a cancelled meeting says why. */
    private static String description(MeetingView meeting) {
        StringBuilder text = new StringBuilder();
        if (meeting.status() == MeetingView.MeetingStatus.CANCELLED) {
            text.append("Cancelled").append(meeting.cancellationReason() == null ? "" : ": " + meeting.cancellationReason()).append(".\n");
        }
        text.append("Chair: ").append(meeting.chairName());
        if (!meeting.items().isEmpty()) {
            text.append("\nAgenda:\n").append(meeting.items().stream()
                    .map(item -> item.minuteNumber() + ". " + item.title())
                    .collect(Collectors.joining("\n")));
        }
        return text.toString();
    }
}
