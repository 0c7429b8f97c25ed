package org.saferboard.command;

/** A command an aggregate refused, with its reason (see {@link RefusalReason}) and a message a person can act on. */
public class CaseRefusal extends RuntimeException {

    private final RefusalReason reason;

    public CaseRefusal(RefusalReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RefusalReason reason() {
        return reason;
    }

    public String code() {
        return reason.code();
    }
}
