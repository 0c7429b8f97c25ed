package org.saferboard.api;

/**
 * What a write hands back so that a later read can include it: "this aggregate at least at this
 * version", written {@code actionId@version}. The read API waits, within a bound, until its read
 * model has reached it.
 */
public record ReadPosition(String aggregateId, long version) {

    private static final char SEPARATOR = '@';

    public static ReadPosition parse(String text) {
        int at = text == null ? -1 : text.lastIndexOf(SEPARATOR);
        if (at <= 0 || at == text.length() - 1) {
            throw new IllegalArgumentException("expected <id>@<version>, e.g. 0b0f...@3");
        }
        try {
            long version = Long.parseLong(text.substring(at + 1));
            if (version < 1) {
                throw new IllegalArgumentException("the version must be 1 or more");
            }
            return new ReadPosition(text.substring(0, at), version);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the version after '@' must be a whole number");
        }
    }

    @Override
    public String toString() {
        return aggregateId + SEPARATOR + version;
    }
}
