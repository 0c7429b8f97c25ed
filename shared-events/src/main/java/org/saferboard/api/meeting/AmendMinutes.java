package org.saferboard.api.meeting;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A later meeting amends a minute that was already confirmed; the original wording stays on record. */
public record AmendMinutes(
        @TargetAggregateIdentifier String meetingId,
        String amendedAtMeetingId,
        LocalDate amendedOn,
        MinuteAmendment amendment,
        Long expectedVersion) {
}
