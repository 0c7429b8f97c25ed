package org.saferboard.api.action;

/** Where an action came from. */
public enum SourceKind {
    /** Raised at a board meeting, against a minute (and possibly a lettered resolution part). */
    MEETING_MINUTE,
    /** Part of a Domestic Homicide Review action plan. */
    DHR,
    /** Raised outside a meeting or review. */
    AD_HOC
}
