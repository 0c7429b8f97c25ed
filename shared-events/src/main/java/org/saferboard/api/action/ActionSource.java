package org.saferboard.api.action;

/**
 * What an action was raised from, e.g. {@code MEETING_MINUTE} "LSCSB 20 September 2019, minute 28"
 * or {@code DHR} "DHR 'Mary'". The reference is free text; it is required for meeting and DHR sources.
 * An action raised through its meeting also names the meeting, the minute and, when it came from a
 * lettered part of the resolution, that part's letter; those are null otherwise (and in events
 * stored before they existed).
 */
public record ActionSource(SourceKind kind, String reference, String meetingId, Integer minuteNumber, String resolutionPart) {

    public ActionSource(SourceKind kind, String reference) {
        this(kind, reference, null, null, null);
    }
}
