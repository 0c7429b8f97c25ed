package org.saferboard.query.web;

/** A read of one case the read model does not hold. */
class NotInReadModel extends RuntimeException {

    private final String caseName;

    NotInReadModel(String caseName, String caseId) {
        this(caseName, caseId, "There is no " + caseName + " " + caseId + ".");
    }

    /** @param caseName names the problem's code, e.g. "contribution-ledger" gives contribution-ledger-not-found */
    NotInReadModel(String caseName, String caseId, String message) {
        super(message);
        this.caseName = caseName;
    }

    String caseName() {
        return caseName;
    }
}
