package org.saferboard.command.web;

/** How every write request documents the version it expects (the field rules are the commands', in FieldRules). */
final class WriteRequestFields {

    static final String EXPECTED_VERSION =
            "the version you last saw; a stale one is refused with 409 (If-Match does the same)";

    private WriteRequestFields() {
    }
}
