package org.saferboard.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.saferboard.infrastructure.durability.EmbeddedStore;
import org.saferboard.infrastructure.eventstore.EventStorageEngines;
import org.saferboard.query.ReadModelRebuilder;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.query.action.ActionLogReads;

/**
 * A rebuild of the action log from the whole event log on the embedded default: the rebuild's own
 * processor (batches of 100, each batch's writes sent together) projecting into new collections of
 * the embedded store (H2 file), reading from SaferBoard's event storage engine on that store, and, in
 * the same run, from Axon's in-memory engine holding the same events.
 */
final class ReplayBenchmark {

    private static final String IN_MEMORY = "Axon in-memory";
    private static final String GLOBAL_INDEX = "global index (ours), embedded store";

    private final int events;
    private final int rounds;

    private ReplayBenchmark(int events, int rounds) {
        this.events = events;
        this.rounds = rounds;
    }

    static ReplayBenchmark fromSystemProperties() {
        return new ReplayBenchmark(Integer.getInteger("replay.events", 1_000_000), Integer.getInteger("replay.rounds", 1));
    }

    void run() throws Exception {
        Path work = Files.createTempDirectory("saferboard-replay-benchmark");
        EmbeddedStore store = EmbeddedStore.open(work.resolve("saferboard.mv"));
        MongoServer server = new MongoServer(store.backend());
        server.bind("127.0.0.1", 0);
        Map<String, Measures> rates = new LinkedHashMap<>();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            Map<String, EventStorageEngine> engines = new LinkedHashMap<>();
            engines.put(IN_MEMORY, new InMemoryEventStorageEngine());
            engines.put(GLOBAL_INDEX, EventStorageEngines.globalIndex(client.getDatabase("saferboard"), Clock.systemUTC(),
                    Duration.ofSeconds(60), 100));
            for (Map.Entry<String, EventStorageEngine> engine : engines.entrySet()) {
                ApplicationBenchmark.progress("%s: storing %,d events", engine.getKey(), events);
                Fill.actions(engine.getValue(), events);
            }
            // one unmeasured replay of a tenth of the log warms the projection's code up
            for (int round = 0; round <= rounds; round++) {
                for (Map.Entry<String, EventStorageEngine> engine : engines.entrySet()) {
                    MongoDatabase readModels = client.getDatabase("replay-" + round + "-" + engine.getKey().hashCode());
                    double rate = replay(engine.getValue(), readModels, round == 0 ? events / 10 : events);
                    readModels.drop();
                    if (round > 0) {
                        rates.computeIfAbsent(engine.getKey(), key -> new Measures()).add(rate);
                        ApplicationBenchmark.progress("%s: replay at %,.0f events/s", engine.getKey(), rate);
                    }
                }
            }
        } finally {
            server.shutdownNow();
            store.close();
        }
        System.out.println(Benchmarks.machine());
        System.out.println();
        System.out.println("| engine the log is read from | action log rebuilt from %,d events, events/s (%d rounds) | ratio |"
                .formatted(events, rounds));
        System.out.println("|---|---:|---:|");
        double reference = rates.get(IN_MEMORY).median();
        rates.forEach((engine, measures) -> System.out.println("| %s | %s | %.2f |".formatted(engine, measures.describe(),
                measures.median() / reference)));
    }

    /** Events/s of the action log's rebuild, from the start of the log until its processor has handled the first {@code upTo}. */
    private double replay(EventStorageEngine engine, MongoDatabase readModels, long upTo) {
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        ActionLogProjection projection = new ActionLogProjection(readModels, Clock.systemUTC(), processingGroup -> { },
                ActionLogReads.EXACT_KEYS);
        TrackingEventProcessor processor = ReadModelRebuilder.rebuildingProcessor("replay", projection, eventStore);
        // the first position of the in-memory engine is 0, ours 1: counted back from the head
        long last = eventStore.createHeadToken().position().orElseThrow() - (events - upTo);
        long started = System.nanoTime();
        processor.start();
        try {
            while (processor.processingStatus().values().stream()
                    .noneMatch(status -> status.getCurrentPosition().orElse(-1) >= last)) {
                if (processor.isError()) {
                    throw new IllegalStateException("The replay failed");
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            return upTo / ((System.nanoTime() - started) / 1e9);
        } finally {
            processor.shutDown();
            eventStore.shutDown();
        }
    }
}
