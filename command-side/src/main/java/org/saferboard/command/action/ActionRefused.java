package org.saferboard.command.action;

import org.saferboard.command.RefusalReason;

/** Why the Action aggregate refuses a command. */
public enum ActionRefused implements RefusalReason {

    ID_ALREADY_USED("action-id-in-use", Kind.CONFLICT,
            "the actionId was raised already with other content"),
    NOT_OPEN("action-not-open", Kind.CONFLICT,
            "progress, reassignment, a new due date, completion and cancellation need an open action"),
    ALREADY_OPEN("action-already-open", Kind.CONFLICT,
            "only a completed or cancelled action can be reopened"),
    UNCHANGED("no-change", Kind.CONFLICT,
            "the change would leave the action as it is");

    private final String code;
    private final Kind kind;
    private final String meaning;

    ActionRefused(String code, Kind kind, String meaning) {
        this.code = code;
        this.kind = kind;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
