package org.saferboard.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferboard.api.meeting.Attendee;
import org.saferboard.api.meeting.ResolutionPart;

class MeetingChangeTest {

    @Test
    void severalUnletteredPartsAreLetteredInOrderAndAGivenLetterIsKept() {
        assertThat(MeetingChange.parts(List.of("That the report be noted;", "That a breakdown be circulated."))).containsExactly(
                new ResolutionPart("a", "That the report be noted;"), new ResolutionPart("b", "That a breakdown be circulated."));
        assertThat(MeetingChange.parts(List.of("(c) That the Board notes the funding;")))
                .containsExactly(new ResolutionPart("c", "That the Board notes the funding;"));
        assertThat(MeetingChange.parts(List.of("That the report be noted."))).as("one part has no letter")
                .containsExactly(new ResolutionPart(null, "That the report be noted."));
    }

    @Test
    void anAttendeeIsANameThenARoleAndAnOrganisation() {
        assertThat(MeetingChange.attendees(List.of("Mr. J. T. Orson JP CC", "Cllr. Les Phillimore, Blaby District Council",
                "Chris Barratt, Head of IOM, Community Safety, Leicestershire Police"))).containsExactly(
                new Attendee("Mr. J. T. Orson JP CC", null, null),
                new Attendee("Cllr. Les Phillimore", null, "Blaby District Council"),
                new Attendee("Chris Barratt", "Head of IOM, Community Safety", "Leicestershire Police"));
    }
}
