package org.saferboard.api.meeting;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The board's decision on an item: RESOLVED, AGREED or NOTED, in one part or lettered parts (a), (b), ... */
public record ResolveItem(
        @TargetAggregateIdentifier String meetingId,
        int minuteNumber,
        ResolutionOutcome outcome,
        List<ResolutionPart> parts,
        Long expectedVersion) {
}
