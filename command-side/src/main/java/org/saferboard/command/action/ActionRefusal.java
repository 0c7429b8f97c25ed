package org.saferboard.command.action;

/**
 * A command the Action aggregate refuses because of the action's state. Each refusal has a stable
 * code that the write API returns with 409 Conflict.
 */
public abstract class ActionRefusal extends RuntimeException {

    private final String code;

    protected ActionRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
