package org.saferboard.infrastructure.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 200;

    /** A logical clock: every write and every commit start takes the next tick. */
    private final AtomicLong ticks = new AtomicLong();
    private final ConcurrentLinkedQueue<Long> finishedCommitStarts = new ConcurrentLinkedQueue<>();
    private final AtomicInteger commits = new AtomicInteger();

    @Test
    void everyWriterReturnsOnlyAfterACommitThatStartedAfterItsWriteAndWritersShareCommits() throws Exception {
        GroupCommit groupCommit = new GroupCommit(() -> {
            long startedAt = ticks.incrementAndGet();
            commits.incrementAndGet();
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(500));
            finishedCommitStarts.add(startedAt);
        });
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Integer>> writers = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            writers.add(pool.submit(() -> {
                int uncovered = 0;
                for (int write = 0; write < WRITES_EACH; write++) {
                    long writtenAt = ticks.incrementAndGet();
                    groupCommit.awaitDurable();
                    if (finishedCommitStarts.stream().noneMatch(startedAt -> startedAt > writtenAt)) {
                        uncovered++;
                    }
                }
                return uncovered;
            }));
        }
        for (Future<Integer> writer : writers) {
            assertThat(writer.get(60, TimeUnit.SECONDS)).as("writes answered before a commit covered them").isZero();
        }
        pool.shutdown();
        assertThat(commits.get()).as("commits for %d writes", WRITERS * WRITES_EACH).isLessThan(WRITERS * WRITES_EACH);
    }

    @Test
    void aFailedCommitFailsItsWriterAndTheNextWriterCommitsAgain() {
        AtomicInteger attempts = new AtomicInteger();
        GroupCommit groupCommit = new GroupCommit(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });

        assertThatThrownBy(groupCommit::awaitDurable).hasMessage("disk full");
        groupCommit.awaitDurable();
        assertThat(attempts.get()).isEqualTo(2);
    }
}
