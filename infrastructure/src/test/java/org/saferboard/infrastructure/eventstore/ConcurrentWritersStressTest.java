package org.saferboard.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferboard.infrastructure.eventstore.EventStoreTestSupport.event;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.saferboard.infrastructure.eventstore.EventStoreTestSupport.Reader;
import org.saferboard.testing.TestMongo;

/**
 * Several writers append at once, some to the same aggregates (so some writes are refused and leave
 * gaps), while two readers follow the log. Each append holds two events of two aggregates, the second
 * of which may be refused after the first is inserted. Every stored event must reach each reader
 * exactly once, and nothing of a refused append may reach a reader or remain in the store.
 */
class ConcurrentWritersStressTest {

    private static final int WRITERS = 4;
    private static final int COMMITS_PER_WRITER = 150;
    private static final int SHARED_AGGREGATES = 5;
    private static final long READ_DEADLINE_SECONDS = 60;

    @Test
    void everyStoredEventReachesEachReaderExactlyOnce() throws Exception {
        try (MongoClient client = MongoClients.create(TestMongo.uri())) {
            MongoDatabase database = client.getDatabase(TestMongo.newDatabaseName());
            GlobalSequenceEventStorageEngine engine = EventStoreTestSupport.globalSequenceEngine(database,
                    Clock.systemUTC(), Duration.ofSeconds(60), 50);
            ConcurrentHashMap<String, AtomicInteger> nextSequence = new ConcurrentHashMap<>();
            Set<String> stored = ConcurrentHashMap.newKeySet();
            Set<String> refusedCompanions = ConcurrentHashMap.newKeySet();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
            CountDownLatch writersDone = new CountDownLatch(WRITERS);

            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int writerNumber = writer;
                writers.add(pool.submit(() -> {
                    try {
                        for (int commit = 0; commit < COMMITS_PER_WRITER; commit++) {
                            // every other commit goes to a shared aggregate, where writers collide
                            String aggregate = commit % 2 == 0 ? "shared-" + (commit % SHARED_AGGREGATES)
                                    : "own-" + writerNumber + "-" + commit;
                            long sequence = nextSequence.computeIfAbsent(aggregate, key -> new AtomicInteger()).get();
                            String text = aggregate + "#" + sequence + " by " + writerNumber;
                            String companion = "companion-" + writerNumber + "-" + commit;
                            try {
                                engine.appendEvents(event(companion, 0, companion), event(aggregate, sequence, text));
                                nextSequence.get(aggregate).incrementAndGet();
                                stored.add(companion);
                                stored.add(text);
                            } catch (ConcurrencyException | AggregateStreamCreationException collision) {
                                refused.incrementAndGet();
                                refusedCompanions.add(companion);
                            }
                        }
                    } finally {
                        writersDone.countDown();
                    }
                }));
            }
            List<Future<List<String>>> readers = new ArrayList<>();
            for (int reader = 0; reader < 2; reader++) {
                readers.add(pool.submit(() -> follow(engine, writersDone, stored)));
            }
            for (Future<?> writer : writers) {
                writer.get(READ_DEADLINE_SECONDS, TimeUnit.SECONDS);
            }
            for (Future<List<String>> reader : readers) {
                List<String> seen = reader.get(READ_DEADLINE_SECONDS, TimeUnit.SECONDS);
                assertThat(seen).doesNotHaveDuplicates();
                assertThat(new HashSet<>(seen)).isEqualTo(stored);
            }
            pool.shutdown();
            assertThat(stored).hasSizeGreaterThan(WRITERS * COMMITS_PER_WRITER / 2);
            assertThat(refused.get()).as("writers collided on shared aggregates").isPositive();
            for (String companion : refusedCompanions) {
                assertThat(engine.readEvents(companion).asStream()).as("nothing of a refused append stays").isEmpty();
            }
        }
    }

    /** Polls until the writers are done and everything they stored has been seen, or the deadline. */
    private static List<String> follow(GlobalSequenceEventStorageEngine engine, CountDownLatch writersDone,
                                       Set<String> stored) throws InterruptedException {
        Reader reader = new Reader(engine);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READ_DEADLINE_SECONDS);
        while (System.nanoTime() < deadline) {
            boolean finished = writersDone.getCount() == 0;
            reader.poll();
            if (finished && reader.seen.size() >= stored.size()) {
                break;
            }
            Thread.sleep(5);
        }
        return reader.seen.stream().map(TrackedEventMessage::getPayload)
                .map(payload -> ((EventStoreTestSupport.Noted) payload).text()).toList();
    }
}
