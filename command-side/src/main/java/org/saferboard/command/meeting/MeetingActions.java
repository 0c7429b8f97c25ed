package org.saferboard.command.meeting;

import org.saferboard.api.action.RaiseAction;

/** Raises the actions a meeting gives rise to. */
public interface MeetingActions {

    /** @return the action's version after the raise */
    long raise(RaiseAction command);
}
