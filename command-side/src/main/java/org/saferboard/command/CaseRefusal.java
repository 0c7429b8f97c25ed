package org.saferboard.command;

/**
 * A command an aggregate refuses because of its case's state. Each refusal has a stable code that
 * the write API returns with 409 Conflict.
 */
public abstract class CaseRefusal extends RuntimeException {

    private final String code;

    protected CaseRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
