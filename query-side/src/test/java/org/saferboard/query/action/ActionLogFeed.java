package org.saferboard.query.action;

import org.saferboard.api.action.events.ActionRaised;

/** Lets another read model's tests put an action into the action log, as its event handler would. */
public final class ActionLogFeed {

    private ActionLogFeed() {
    }

    public static void raised(ActionLogProjection actionLog, ActionRaised event) {
        actionLog.on(event);
    }
}
