package org.saferboard.command.action;

/** The writer saw a version of the action other than the current one. */
public class StaleActionVersion extends ActionRefusal {

    private final long currentVersion;

    public StaleActionVersion(String actionId, long expectedVersion, long currentVersion) {
        super("version-conflict", "Action " + actionId + " is at version " + currentVersion + ", not "
                + expectedVersion + "; reload it, check the change, and retry with the current version.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
