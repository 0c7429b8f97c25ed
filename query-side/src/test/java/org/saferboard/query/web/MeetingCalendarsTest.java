package org.saferboard.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.saferboard.api.meeting.views.MeetingView;

/** Meetings as iCalendar, read back with ical4j's own parser as a calendar program would. */
class MeetingCalendarsTest {

    private static final Instant NOW = Instant.parse("2015-06-01T09:00:00Z");
    private static final MeetingCalendars CALENDARS = new MeetingCalendars(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(2));

    private static MeetingView meeting(String meetingId, LocalDate date, String venue, boolean online, MeetingView.MeetingStatus status,
                                       String reason, long version) {
        List<MeetingView.Item> items = List.of(
                new MeetingView.Item(34, "Minutes of the previous meeting", null, null, null, null, List.of(), List.of()),
                new MeetingView.Item(36, "Safer Communities Performance - Quarter 4", "James Fox", null, null, null, List.of(), List.of()));
        return new MeetingView(meetingId, "LSCSB", "2015-16", date, LocalTime.of(10, 0), venue, online, "Mr. J. T. Orson JP CC", status,
                reason, List.of(), List.of(), List.of(), items, List.of(), null, version);
    }

    private static Calendar parsed(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void meetingIsAnEventInUtcWithTheAgendaAsDescription() throws Exception {
        Calendar calendar = parsed(CALENDARS.ics(List.of(meeting("lscsb-2015-06-18", LocalDate.of(2015, 6, 18), "County Hall, Glenfield",
                false, MeetingView.MeetingStatus.SCHEDULED, null, 4))));

        assertThat(calendar.getProperty(Property.PRODID).map(Property::getValue)).contains(MeetingCalendars.PRODUCT);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent june = events.get(0);
        assertThat(property(june, Property.UID)).isEqualTo("lscsb-2015-06-18@saferboard");
        assertThat(property(june, Property.DTSTART)).as("10:00 in London in summer").isEqualTo("20150618T090000Z");
        assertThat(property(june, Property.DTEND)).isEqualTo("20150618T110000Z");
        assertThat(property(june, Property.DTSTAMP)).isEqualTo("20150601T090000Z");
        assertThat(property(june, Property.SEQUENCE)).isEqualTo("4");
        assertThat(property(june, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(property(june, Property.SUMMARY)).isEqualTo("LSCSB meeting");
        assertThat(property(june, Property.LOCATION)).isEqualTo("County Hall, Glenfield");
        assertThat(property(june, Property.DESCRIPTION)).isEqualTo("Chair: Mr. J. T. Orson JP CC\nAgenda:\n"
                + "34. Minutes of the previous meeting\n36. Safer Communities Performance - Quarter 4");
    }

    @Test
    void cancelledMeetingKeepsItsUidWithAHigherSequence() throws Exception {
        VEvent cancelled = parsed(CALENDARS.ics(List.of(meeting("lscsb-2015-06-18", LocalDate.of(2015, 6, 18), null, true,
                MeetingView.MeetingStatus.CANCELLED, "Not quorate", 5)))).<VEvent>getComponents("VEVENT").get(0);

        assertThat(property(cancelled, Property.UID)).isEqualTo("lscsb-2015-06-18@saferboard");
        assertThat(property(cancelled, Property.SEQUENCE)).isEqualTo("5");
        assertThat(property(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(property(cancelled, Property.LOCATION)).isEqualTo("Online");
        assertThat(property(cancelled, Property.DESCRIPTION)).startsWith("Cancelled: Not quorate.\n");
    }

    @Test
    void winterMeetingIsAtTheSameHourInUtc() throws Exception {
        VEvent march = parsed(CALENDARS.ics(List.of(meeting("lscsb-2015-03-19", LocalDate.of(2015, 3, 19), "County Hall", true,
                MeetingView.MeetingStatus.SCHEDULED, null, 1)))).<VEvent>getComponents("VEVENT").get(0);

        assertThat(property(march, Property.DTSTART)).isEqualTo("20150319T100000Z");
        assertThat(property(march, Property.LOCATION)).isEqualTo("County Hall (also online)");
    }

    @Test
    void meetingOfNoLengthIsRefusedAtStart() {
        assertThatThrownBy(() -> new MeetingCalendars(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO))
                .hasMessageContaining("saferboard.calendar.meeting-length must be longer than nothing");
    }
}
