package org.saferboard.command;

import org.saferboard.api.action.commands.RaiseAction;

/** Raises the actions a meeting or a review gives rise to. */
public interface CaseActions {

    /** @return the action's version after the raise */
    long raise(RaiseAction command);
}
