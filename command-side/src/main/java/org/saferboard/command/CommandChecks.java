package org.saferboard.command;

import org.axonframework.modelling.command.AggregateLifecycle;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.InvalidFieldException;

/** Checks every aggregate makes of a command before deciding anything. */
public final class CommandChecks {

    private CommandChecks() {
    }

    public static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
    }

    public static void requirePresent(Object value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
    }

    /** The aggregate's version as SaferBoard shows it (1 after the creating command); call inside a handler. */
    public static long currentVersion() {
        return AggregateVersions.fromSequenceNumber(AggregateLifecycle.getVersion());
    }

    /**
     * Written here rather than with Axon's @TargetAggregateVersion because Axon only refuses a version
     * behind the aggregate; a version ahead of it is just as stale a view and is refused too.
     */
    public static void requireVersion(Long expectedVersion, String caseName) {
        if (expectedVersion != null && expectedVersion != currentVersion()) {
            throw new StaleVersion(caseName, expectedVersion, currentVersion());
        }
    }
}
