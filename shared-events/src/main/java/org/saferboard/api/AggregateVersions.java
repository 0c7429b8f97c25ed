package org.saferboard.api;

/**
 * Converts between Axon's aggregate version (the sequence number of the last event, starting at 0)
 * and the version SaferBoard shows its users (the number of events recorded, starting at 1), so
 * that a newly raised action is at version 1 everywhere: in write responses, ETags and the read API.
 */
public final class AggregateVersions {

    private AggregateVersions() {
    }

    public static long fromSequenceNumber(long sequenceNumber) {
        return Math.addExact(sequenceNumber, 1);
    }

    public static long toSequenceNumber(long version) {
        return Math.subtractExact(version, 1);
    }
}
