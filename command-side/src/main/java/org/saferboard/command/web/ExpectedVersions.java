package org.saferboard.command.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saferboard.api.InvalidFieldException;

/** The version a writer says it saw: from If-Match (an ETag such as "3") or the expectedVersion field. */
final class ExpectedVersions {

    private static final Pattern ENTITY_TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private ExpectedVersions() {
    }

    /** @return the expected version, or null when the writer stated none (or If-Match: *) */
    static Long resolve(String ifMatch, Long expectedVersion) {
        Long fromHeader = parseIfMatch(ifMatch);
        if (fromHeader != null && expectedVersion != null && !fromHeader.equals(expectedVersion)) {
            throw new InvalidFieldException("expectedVersion", "is " + expectedVersion
                    + " but If-Match says " + fromHeader + "; send one or make them agree");
        }
        return fromHeader != null ? fromHeader : expectedVersion;
    }

    private static Long parseIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new InvalidFieldException("If-Match", "must be the version as an ETag, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}
