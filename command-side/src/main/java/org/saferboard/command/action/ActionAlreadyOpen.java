package org.saferboard.command.action;

public class ActionAlreadyOpen extends ActionRefusal {

    public ActionAlreadyOpen(String actionId) {
        super("action-already-open", "Action " + actionId + " is open; only a completed or cancelled action can be reopened.");
    }
}
