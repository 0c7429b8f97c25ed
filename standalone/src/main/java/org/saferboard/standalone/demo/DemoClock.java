package org.saferboard.standalone.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The application's clock while demo data loads: the loading thread sees the day each seed change
 * was made, so the demo's 2015 meetings and actions carry 2015 instants and the Action Log as at
 * those meetings shows what the board saw then. Every other thread (requests, projections) sees
 * the system clock. Pinning per thread works because the command bus runs a command, and the
 * commands it sends on, in the sender's thread.
 */
public final class DemoClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Instant> pinned = new ThreadLocal<>();

    public DemoClock(Clock system) {
        this.system = system;
    }

    /** Runs the work with this thread's clock reading the given instant. */
    public <T> T at(Instant instant, Supplier<T> work) {
        pinned.set(instant);
        try {
            return work.get();
        } finally {
            pinned.remove();
        }
    }

    @Override
    public Instant instant() {
        Instant instant = pinned.get();
        return instant != null ? instant : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (!ZoneOffset.UTC.equals(zone)) {
            throw new UnsupportedOperationException("SaferBoard reads instants in UTC and converts business dates itself");
        }
        return this;
    }
}
