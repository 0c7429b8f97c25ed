package org.saferboard.api.action;

/**
 * What an action was raised from, e.g. {@code MEETING_MINUTE} "LSCSB 20 September 2019, minute 28"
 * or {@code DHR} "DHR 'Mary'". The reference is free text; it is required for meeting and DHR sources.
 */
public record ActionSource(SourceKind kind, String reference) {
}
