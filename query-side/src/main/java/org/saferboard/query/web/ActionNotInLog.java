package org.saferboard.query.web;

class ActionNotInLog extends RuntimeException {

    private final String actionId;

    ActionNotInLog(String actionId) {
        super("There is no action " + actionId + " in the action log.");
        this.actionId = actionId;
    }

    String actionId() {
        return actionId;
    }
}
