package org.saferboard.command;

/** Refusals any kind of case can answer with. */
public enum CaseRefused implements RefusalReason {

    VERSION_CONFLICT("version-conflict", "the expectedVersion (or If-Match) is not the case's current version");

    private final String code;
    private final String meaning;

    CaseRefused(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
