package org.saferboard.command.action;

/** A command whose content the aggregate cannot accept whatever the action's state: answered 400. */
public class ActionCommandInvalid extends RuntimeException {

    private final String field;

    public ActionCommandInvalid(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
