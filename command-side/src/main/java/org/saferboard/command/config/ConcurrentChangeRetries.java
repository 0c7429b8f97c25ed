package org.saferboard.command.config;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Sends a command again when another writer stored the case's next event first (the event store's
 * unique case-and-sequence index refused ours: {@link ConcurrencyException}), after a random pause that
 * doubles with each try, a bounded number of times. The command runs again on the case as stored, so a
 * command that states no version lands, and one whose stated version is now stale is refused as stale
 * (409 naming who changed it). Nothing else is retried: a refusal or a bad request is final.
 *
 * <p>Written here rather than with Axon's {@code ExponentialBackOffIntervalRetryScheduler} because that
 * one retries every exception not marked non-transient (our refusals included) and waits without jitter,
 * so two writers that collided collide again.
 */
final class ConcurrentChangeRetries implements RetryScheduler, AutoCloseable {

    /** Its own thread, not a bean: a ScheduledExecutorService bean would take the place of Spring's task scheduler. */
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "concurrent-change-retry");
        thread.setDaemon(true);
        return thread;
    });
    private final int maximumRetries;
    private final Duration firstPause;
    private final Duration longestPause;

    ConcurrentChangeRetries(int maximumRetries, Duration firstPause, Duration longestPause) {
        this.maximumRetries = maximumRetries;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!isConcurrentChange(lastFailure) || failures.size() > maximumRetries) {
            return false;
        }
        long ceiling = Math.min(longestPause.toNanos(), firstPause.toNanos() << Math.min(failures.size() - 1, 20));
        // "full jitter": anywhere up to the ceiling, so that the writers that collided spread out
        long pause = ThreadLocalRandom.current().nextLong(ceiling + 1);
        scheduler.schedule(commandDispatch, pause, TimeUnit.NANOSECONDS);
        return true;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private static boolean isConcurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
