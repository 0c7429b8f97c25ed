package org.saferboard.query.web;

/** A read of one case the read model does not hold. */
class NotInReadModel extends RuntimeException {

    private final String caseName;

    NotInReadModel(String caseName, String caseId) {
        super("There is no " + caseName + " " + caseId + ".");
        this.caseName = caseName;
    }

    String caseName() {
        return caseName;
    }
}
