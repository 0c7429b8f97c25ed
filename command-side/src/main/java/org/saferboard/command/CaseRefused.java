package org.saferboard.command;

import static org.saferboard.command.RefusalReason.Details.conflict;

/** Refusals any kind of case can answer with. */
public enum CaseRefused implements RefusalReason {

    VERSION_CONFLICT(conflict("version-conflict", "the expectedVersion (or If-Match) is not the case's current version"));

    private final Details details;

    CaseRefused(Details details) {
        this.details = details;
    }

    @Override
    public Details details() {
        return details;
    }
}
