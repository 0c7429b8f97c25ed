package org.saferboard.query;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.CaseKinds;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.ReadPosition;
import org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: a read given the readAfter a write returned is answered once the read models it
 * is read from hold that write, within a bound. The position is checked against the event log first:
 * one never written, or of a kind of case the read does not show, is refused at once (400) rather
 * than waited for. Waiting holds no servlet thread: the read is answered asynchronously, polling the
 * read model by key (the projection may run in another process, or catch up after a restart; a poll
 * is one _id lookup), and at most {@code maxWaiting} reads wait at once; one more gets 503 at once.
 */
@Component
public class ReadAfterWaiter implements DisposableBean {

    /** How every read that takes a readAfter describes it in the API documentation. */
    public static final String READ_AFTER_DESCRIPTION =
            "the readAfter a write returned: the read waits (a few seconds at most) until it includes that write";

    private static final long FIRST_PAUSE_MILLIS = 5;
    private static final long LONGEST_PAUSE_MILLIS = 100;

    private final GlobalSequenceEventStorageEngine eventLog;
    private final Duration timeout;
    private final Semaphore waiting;
    private final Executor reads;
    private final ScheduledExecutorService polls = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-after-polls");
        thread.setDaemon(true);
        return thread;
    });

    public ReadAfterWaiter(GlobalSequenceEventStorageEngine eventLog,
                           @Value("${saferboard.read-after.timeout:PT5S}") Duration timeout,
                           @Value("${saferboard.read-after.max-waiting:200}") int maxWaiting,
                           @Qualifier("applicationTaskExecutor") Executor reads) {
        this.eventLog = eventLog;
        this.timeout = timeout;
        this.waiting = new Semaphore(maxWaiting);
        this.reads = reads;
    }

    /**
     * The read, once the read models hold the position; at once when no readAfter is given.
     *
     * @param readAfter the readAfter a write returned, or null
     * @param followed  for each kind of case the answer shows (its aggregate type), the version of a
     *                  case the read model holds (0 for none)
     */
    public <T> CompletableFuture<T> read(String readAfter, Map<String, ToLongFunction<String>> followed, Supplier<T> read) {
        if (readAfter == null) {
            return CompletableFuture.completedFuture(read.get());
        }
        ReadPosition position = parse(readAfter);
        ToLongFunction<String> readModelVersion = followedVersion(position, followed);
        if (readModelVersion.applyAsLong(position.aggregateId()) >= position.version()) {
            return CompletableFuture.completedFuture(read.get());
        }
        if (!waiting.tryAcquire()) {
            throw new ReadModelBehind("Too many reads are waiting for writes to reach the read models; retry in a second.");
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        answer.whenComplete((value, failure) -> waiting.release());
        long deadline = System.nanoTime() + timeout.toNanos();
        polls.schedule(() -> poll(position, readModelVersion, deadline, FIRST_PAUSE_MILLIS, read, answer),
                FIRST_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
        return answer;
    }

    private <T> void poll(ReadPosition position, ToLongFunction<String> readModelVersion, long deadline, long pause,
                          Supplier<T> read, CompletableFuture<T> answer) {
        try {
            if (readModelVersion.applyAsLong(position.aggregateId()) >= position.version()) {
                CompletableFuture.supplyAsync(read, reads).whenComplete((value, failure) -> {
                    if (failure != null) {
                        answer.completeExceptionally(failure);
                    } else {
                        answer.complete(value);
                    }
                });
            } else if (System.nanoTime() - deadline >= 0) {
                answer.completeExceptionally(new ReadModelBehind(position, timeout));
            } else {
                long next = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
                polls.schedule(() -> poll(position, readModelVersion, deadline, next, read, answer), pause, TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        }
    }

    private static ReadPosition parse(String readAfter) {
        try {
            return ReadPosition.parse(readAfter);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("readAfter", e.getMessage());
        }
    }

    private ToLongFunction<String> followedVersion(ReadPosition position, Map<String, ToLongFunction<String>> followed) {
        Optional<String> kind = eventLog.aggregateTypeAt(position.aggregateId(),
                AggregateVersions.toSequenceNumber(position.version()));
        if (kind.isEmpty()) {
            throw new InvalidFieldException("readAfter", position + " was never written: there is no version "
                    + position.version() + " of " + position.aggregateId() + " to wait for");
        }
        ToLongFunction<String> version = followed.get(kind.get());
        if (version == null) {
            throw new InvalidFieldException("readAfter", position + " is a change of " + CaseKinds.described(kind.get())
                    + ", which this read does not show; it shows " + new TreeSet<>(followed.keySet()).stream()
                    .map(CaseKinds::name).collect(Collectors.joining(", ")) + " changes");
        }
        return version;
    }

    @Override
    public void destroy() {
        polls.shutdownNow();
    }
}
