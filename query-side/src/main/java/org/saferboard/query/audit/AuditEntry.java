package org.saferboard.query.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.saferboard.api.people.ActingUser;

/**
 * One recorded change in the audit trail.
 *
 * @param position its place in the event log
 * @param recordedAt when it was recorded (UTC)
 * @param recordedAtLondon the same moment on the board's clocks (Europe/London)
 * @param who the person, or null when the change was recorded before sign-in existed
 * @param whoInWords e.g. "Anita Chavda (anita.chavda, OFFICER, Leicestershire County Council)"
 * @param what the change in plain words
 * @param why the reason the command carried, if any
 */
public record AuditEntry(long position, Instant recordedAt, LocalDateTime recordedAtLondon, String caseKind, String caseId,
                         long version, String change, Who who, String whoInWords, String what, String why,
                         String requestId, String correlationId) {

    public static final String BEFORE_SIGN_IN = "recorded before sign-in";

    /** The read API's address of each kind of case that has a read of its own, by kind. */
    private static final Map<String, String> READ_OF_CASE = Map.of("Action", "/api/actions/%s", "Meeting", "/api/meetings/%s",
            "Review", "/api/reviews/%s", "DHRFund", "/api/dhr-funds/%s/ledger");

    /**
     * The read API's address of the case as it stood just after this change (asAt the instant it was
     * recorded; a fund's ledger); null for a kind of case with no read of its own (a minute book, and
     * the claims that keep references unique).
     */
    @JsonProperty
    public String caseAsAt() {
        String read = READ_OF_CASE.get(caseKind);
        return read == null ? null : read.formatted(URLEncoder.encode(caseId, StandardCharsets.UTF_8)) + "?asAt=" + recordedAt;
    }

    /** The person behind a change and the role they acted under ("SYSTEM" for the system's own work). */
    public record Who(String userId, String displayName, String agency, String role) {
    }

    static String whoInWords(Who who) {
        if (who == null) {
            return BEFORE_SIGN_IN;
        }
        if (ActingUser.SYSTEM_ROLE.equals(who.role())) {
            return who.displayName() + " (system)";
        }
        return who.displayName() + " (" + who.userId() + ", " + who.role()
                + (who.agency() == null || who.agency().isBlank() ? "" : ", " + who.agency()) + ")";
    }
}
