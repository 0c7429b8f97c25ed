package org.saferboard.api.action;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.saferboard.api.rules.FieldRules;

/**
 * What an action was raised from, e.g. {@code MEETING_MINUTE} "LSCSB 20 September 2019, minute 28"
 * or {@code DHR} "DHR 'Mary'". The reference is free text; it is required for meeting and DHR sources.
 * An action raised through its meeting also names the meeting, the minute and, when it came from a
 * lettered part of the resolution, that part's letter; one raised through a review's action plan names
 * the review. Those are null otherwise (and in events stored before they existed).
 */
public record ActionSource(@NotNull SourceKind kind, @Size(max = FieldRules.TEXT) String reference, String meetingId, Integer minuteNumber, String resolutionPart,
                           String reviewId) {

    public ActionSource(SourceKind kind, String reference) {
        this(kind, reference, null, null, null, null);
    }

    /** Raised through a meeting: its minute and, for a lettered part of the resolution, the letter. */
    public ActionSource(SourceKind kind, String reference, String meetingId, Integer minuteNumber, String resolutionPart) {
        this(kind, reference, meetingId, minuteNumber, resolutionPart, null);
    }

    /** Raised through a review's action plan. */
    public static ActionSource review(String reference, String reviewId) {
        return new ActionSource(SourceKind.DHR, reference, null, null, null, reviewId);
    }
}
