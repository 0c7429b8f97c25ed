package org.saferboard.query.action;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.saferboard.api.ReadPosition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: holds a read until the action log has reached the position a write returned,
 * within a bound. It polls the read model by key rather than listening for projection updates,
 * because the projection may run in another process (the split deployment) or catch up after a
 * restart; a poll is a single _id lookup.
 */
@Component
public class ReadAfterWaiter {

    private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final ActionLogProjection actionLog;
    private final Duration timeout;

    public ReadAfterWaiter(ActionLogProjection actionLog,
                           @Value("${saferboard.read-after.timeout:PT5S}") Duration timeout) {
        this.actionLog = actionLog;
        this.timeout = timeout;
    }

    /** @throws ReadModelBehind when the position is not reached in time */
    public void awaitPosition(ReadPosition position) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (actionLog.versionOf(position.aggregateId()) < position.version()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new ReadModelBehind(position, timeout);
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
    }
}
