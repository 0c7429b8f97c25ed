package org.saferboard.query;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToLongFunction;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.ReadPosition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: holds a read until a read model has reached the position a write returned,
 * within a bound. It polls the read model by key rather than listening for projection updates,
 * because the projection may run in another process (the split deployment) or catch up after a
 * restart; a poll is a single _id lookup.
 */
@Component
public class ReadAfterWaiter {

    /** How every read that takes a readAfter describes it in the API documentation. */
    public static final String READ_AFTER_DESCRIPTION =
            "the readAfter a write returned: the read waits (a few seconds at most) until it includes that write";

    private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Duration timeout;

    public ReadAfterWaiter(@Value("${saferboard.read-after.timeout:PT5S}") Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Waits, when a readAfter was given, until the read model holds the case at that version.
     *
     * @param readAfter        the readAfter a write returned, or null to read at once
     * @param readModelVersion the version of a case the read model holds, 0 for none
     * @throws ReadModelBehind when the position is not reached in time
     */
    public void awaitIfAsked(String readAfter, ToLongFunction<String> readModelVersion) {
        if (readAfter == null) {
            return;
        }
        ReadPosition position;
        try {
            position = ReadPosition.parse(readAfter);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("readAfter", e.getMessage());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (readModelVersion.applyAsLong(position.aggregateId()) < position.version()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new ReadModelBehind(position, timeout);
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
    }
}
