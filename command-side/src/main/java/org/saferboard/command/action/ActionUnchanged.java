package org.saferboard.command.action;

/** A reassignment to the current owner, or a due date revised to the date it already has. */
public class ActionUnchanged extends ActionRefusal {

    public ActionUnchanged(String message) {
        super("no-change", message);
    }
}
