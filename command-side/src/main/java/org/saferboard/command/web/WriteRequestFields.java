package org.saferboard.command.web;

/** What the fields of every write request share: the id pattern, text lengths, and how versions are asked for. */
final class WriteRequestFields {

    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    static final String ID_MESSAGE = "must be 1-64 letters, digits, '.', '_' or '-' (a UUID is best)";
    static final int TEXT = 500;
    static final int LONG_TEXT = 10_000;
    /** A progress note: each is kept whole in the action's history and shown with it, so it is kept short. */
    static final int NOTE = 4_000;
    static final String EXPECTED_VERSION =
            "the version you last saw; a stale one is refused with 409 (If-Match does the same)";
    static final String IF_MATCH_DESCRIPTION = "the version you last saw, e.g. \"2\"; a stale one gets 409";

    private WriteRequestFields() {
    }
}
