package org.saferboard.api.rules;

/**
 * The limits the field rules of every command share. The rules themselves are the annotations of
 * this package and Jakarta Bean Validation's own, written on the command records and checked on the
 * command bus for every sender: the HTTP API, the demo loader and a case that sends another a command.
 */
public final class FieldRules {

    /** A case's or a movement's id as a caller may choose it. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    public static final String ID_MESSAGE = "must be 1-64 letters, digits, '.', '_' or '-' (a UUID is best)";
    /** A name, title, reason or reference. */
    public static final int TEXT = 500;
    /** Minutes, a description, a rationale or an outcome. */
    public static final int LONG_TEXT = 10_000;
    /** A progress note: each is kept whole in the action's history and shown with it, so it is kept short. */
    public static final int NOTE = 4_000;
    /** A board's short name, a case reference. */
    public static final int SHORT_TEXT = 64;
    /** People named in one attendance list, amendments in one confirmation. */
    public static final int LIST = 200;
    /** Partners in one agreement or drawdown. */
    public static final int PARTNERS = 100;
    /** A lettered part of a resolution: a to z. */
    public static final String LETTER_PATTERN = "[a-z]";
    public static final String LETTER_MESSAGE = "must be one lower-case letter, e.g. \"a\"";

    private FieldRules() {
    }
}
