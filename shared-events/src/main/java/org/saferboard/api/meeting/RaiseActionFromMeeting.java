package org.saferboard.api.meeting;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Raise an action at a meeting, from an agenda item or a lettered part of its resolution. The
 * meeting checks the item (and part) and raises the action with that source, in one change.
 */
public record RaiseActionFromMeeting(
        @TargetAggregateIdentifier String meetingId,
        String actionId,
        int minuteNumber,
        String resolutionPart,
        String title,
        String description,
        String ownerName,
        String owningAgency,
        LocalDate dueDate) {
}
