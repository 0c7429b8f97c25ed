package org.saferboard.command.action;

import java.util.Locale;
import org.saferboard.api.action.ActionStatus;

/** Progress, reassignment, a new due date, completion and cancellation need an open action. */
public class ActionNotOpen extends ActionRefusal {

    public ActionNotOpen(String actionId, ActionStatus status, String attempted) {
        super("action-not-open", "Action " + actionId + " is " + status.name().toLowerCase(Locale.ROOT)
                + "; it cannot be " + attempted + ". Reopen it first if the work continues.");
    }
}
