package org.saferboard.api.meeting;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Who was present, who sent apologies and who else attended; recording it again replaces the earlier record. */
public record RecordAttendance(
        @TargetAggregateIdentifier String meetingId,
        List<Attendee> present,
        List<Attendee> apologies,
        List<Attendee> alsoInAttendance,
        Long expectedVersion) {
}
