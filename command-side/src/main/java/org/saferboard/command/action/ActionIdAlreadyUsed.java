package org.saferboard.command.action;

/** RaiseAction repeated with an actionId that was raised with different content. */
public class ActionIdAlreadyUsed extends ActionRefusal {

    public ActionIdAlreadyUsed(String actionId) {
        super("action-id-in-use", "Action " + actionId + " was already raised with different content; "
                + "choose a new actionId to raise another action, or repeat the original request exactly.");
    }
}
