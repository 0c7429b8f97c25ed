package org.saferboard.command;

/** The writer saw a version of the case other than the current one. */
public class StaleVersion extends CaseRefusal {

    private final long currentVersion;

    public StaleVersion(String caseName, long expectedVersion, long currentVersion) {
        super(CaseRefused.VERSION_CONFLICT, caseName + " is at version " + currentVersion + ", not " + expectedVersion
                + "; reload it, check the change, and retry with the current version.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
