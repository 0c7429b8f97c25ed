package org.saferboard.infrastructure.eventstore;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Chains new events shortly after they are stored, on a thread of its own, in every process that
 * holds the event store (several processes chaining at once is safe: see {@link EventChain}). A
 * first start after the upgrade that brought the chain chains the whole log, with a line in the log
 * at least every 5 seconds.
 */
public class EventChainKeeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventChainKeeper.class);
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final EventChain chain;
    private final Duration interval;
    private ScheduledExecutorService chainer;
    private long chainedSinceReport;
    private long lastReport = System.nanoTime();

    public EventChainKeeper(EventChain chain, Duration interval) {
        this.chain = chain;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        chainer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-chain");
            thread.setDaemon(true);
            return thread;
        });
        chainer.scheduleWithFixedDelay(this::extend, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void extend() {
        try {
            long chained = chain.extend();
            chainedSinceReport += chained;
            if (chainedSinceReport > 0 && System.nanoTime() - lastReport >= PROGRESS_EVERY_NANOS) {
                log.info("Chained {} more events; the chain's head is at index {}", chainedSinceReport,
                        chain.head().map(EventChain.ChainHead::index).orElse(0L));
                chainedSinceReport = 0;
                lastReport = System.nanoTime();
            }
        } catch (RuntimeException e) {
            // the next round starts again from the stored head; a store that is down is reported by its health
            log.warn("Could not extend the event log's hash chain this time: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (chainer != null) {
            chainer.shutdownNow();
            try {
                chainer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            chainer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return chainer != null;
    }

    /** Stops before the MongoDB client closes, starts once it is there. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
