package org.saferboard.command;

/**
 * Why an aggregate refuses a command, in the one style every aggregate uses: an enum per kind of
 * case ({@code ActionRefused}, {@code MeetingRefused}, {@code ReviewRefused}, {@code DHRFundRefused},
 * {@link CaseRefused}) whose constants carry the stable code the API answers with, whether it is a
 * conflict with the case's state (409), a reference to something the case does not have (422) or a case the
 * signed-in user's role does not reach (403), and
 * what it means (listed in the OpenAPI description). A refusal is thrown as
 * {@code throw ActionRefused.NOT_OPEN.because("Action 42 is completed; ...")}.
 */
public interface RefusalReason {

    Details details();

    /** Stable: clients act on it. */
    default String code() {
        return details().code();
    }

    default Kind kind() {
        return details().kind();
    }

    /** What it means, for the API's description. */
    default String meaning() {
        return details().meaning();
    }

    default CaseRefusal because(String message) {
        return new CaseRefusal(this, message);
    }

    /** What each constant of a reason enum holds. */
    record Details(String code, Kind kind, String meaning) {

        public static Details conflict(String code, String meaning) {
            return new Details(code, Kind.CONFLICT, meaning);
        }

        public static Details unknownReference(String code, String meaning) {
            return new Details(code, Kind.UNKNOWN_REFERENCE, meaning);
        }

        public static Details notPermitted(String code, String meaning) {
            return new Details(code, Kind.NOT_PERMITTED, meaning);
        }
    }

    enum Kind {
        /** The case's state forbids the change: 409 Conflict. */
        CONFLICT,
        /** The request names something the case does not have: 422 Unprocessable Content. */
        UNKNOWN_REFERENCE,
        /** The signed-in user's role does not reach this case (an officer and another agency's action): 403 Forbidden. */
        NOT_PERMITTED;

        public int status() {
            return switch (this) {
                case CONFLICT -> 409;
                case UNKNOWN_REFERENCE -> 422;
                case NOT_PERMITTED -> 403;
            };
        }
    }
}
