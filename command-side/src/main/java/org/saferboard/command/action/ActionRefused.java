package org.saferboard.command.action;

import static org.saferboard.command.RefusalReason.Details.conflict;
import static org.saferboard.command.RefusalReason.Details.notPermitted;

import org.saferboard.command.RefusalReason;

/** Why the Action aggregate refuses a command. */
public enum ActionRefused implements RefusalReason {

    ID_ALREADY_USED(conflict("action-id-in-use", "the actionId was raised already with other content")),
    NOT_OPEN(conflict("action-not-open", "progress, reassignment, a new due date, completion and cancellation need an open action")),
    ALREADY_OPEN(conflict("action-already-open", "only a completed or cancelled action can be reopened")),
    UNCHANGED(conflict("no-change", "the change would leave the action as it is")),
    NOT_YOURS(notPermitted("not-your-action", "an officer may change only actions owned by them or by their agency"));

    private final Details details;

    ActionRefused(Details details) {
        this.details = details;
    }

    @Override
    public Details details() {
        return details;
    }
}
