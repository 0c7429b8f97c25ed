package org.saferboard.api.meeting;

/** How the minutes introduce the board's decision on an item. */
public enum ResolutionOutcome {
    RESOLVED,
    AGREED,
    NOTED
}
