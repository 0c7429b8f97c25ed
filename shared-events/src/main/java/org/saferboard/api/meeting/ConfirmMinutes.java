package org.saferboard.api.meeting;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A later meeting confirms this meeting's minutes as a correct record, optionally subject to
 * amendments; from then on they are locked.
 */
public record ConfirmMinutes(
        @TargetAggregateIdentifier String meetingId,
        String confirmedAtMeetingId,
        LocalDate confirmedOn,
        List<MinuteAmendment> amendments,
        Long expectedVersion) {
}
