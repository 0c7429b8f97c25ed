package org.saferboard.api.action;

import org.saferboard.api.action.events.ActionState;

/** How an open action stands on a date: see {@link ActionState#ragOn}. */
public enum ActionRag {
    /** Overdue: due before the date. */
    RED,
    /** Due within {@link ActionState#AMBER_WITHIN_DAYS} days of the date, or its due date revised more than once. */
    AMBER,
    /** On track. */
    GREEN
}
