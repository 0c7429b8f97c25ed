package org.saferboard.api;

/**
 * What free text may hold: any letter, digit, punctuation or symbol, spaces, new lines and tabs. Not
 * control characters (NUL, BEL, ESC, ..., which terminals and other systems act on, and a carriage
 * return other than before a new line), nor the Unicode controls that reorder how text is shown
 * (bidirectional embeddings, overrides and isolates: "Invoice \u202Egnp.exe" shows as
 * "Invoice exe.png"), nor half of a surrogate pair (not text at all, and not storable as UTF-8).
 */
public final class PlainText {

    private PlainText() {
    }

    /** @return what is wrong with the text, worded to follow its field's name; null when nothing is */
    public static String problemWith(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return "contains a control character (" + codePoint(c) + ") at position " + (i + 1)
                        + "; only printable text, new lines and tabs are accepted";
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return "contains a character that reorders how text is displayed (" + codePoint(c) + ") at position " + (i + 1)
                        + "; remove it";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains half of a character (" + codePoint(c) + ") at position " + (i + 1) + "; it is not valid text";
            }
        }
        return null;
    }

    /** @throws InvalidFieldException naming the field when the text is not plain text */
    public static String require(String text, String field) {
        String problem = problemWith(text);
        if (problem != null) {
            throw new InvalidFieldException(field, problem);
        }
        return text;
    }

    private static String codePoint(char c) {
        return "U+%04X".formatted((int) c);
    }
}
