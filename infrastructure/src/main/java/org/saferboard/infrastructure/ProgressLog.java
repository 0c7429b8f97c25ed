package org.saferboard.infrastructure;

import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;

/**
 * A line in the log at most every 5 seconds while a long task runs (a backup, a restore, a
 * verification, the chaining of an old log): how far it got, of how much, at what rate, and about
 * how long is left.
 */
public final class ProgressLog implements LongConsumer {

    private static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final Logger log;
    private final String task;
    private final long total;
    private final long started = System.nanoTime();
    private long lastLine = started;

    /** @param total how many there are to do; 0 when not known */
    public ProgressLog(Logger log, String task, long total) {
        this.log = log;
        this.task = task;
        this.total = total;
    }

    @Override
    public void accept(long done) {
        long now = System.nanoTime();
        if (now - lastLine < EVERY_NANOS) {
            return;
        }
        lastLine = now;
        double seconds = (now - started) / 1e9;
        long rate = seconds > 0 ? Math.round(done / seconds) : 0;
        if (total > 0 && rate > 0) {
            log.info("{}: {} of {} events ({}%), {} events/s, about {} s left", task, done, total, done * 100 / total, rate,
                    Math.max(0, (total - done) / rate));
        } else {
            log.info("{}: {} events, {} events/s", task, done, rate);
        }
    }
}
