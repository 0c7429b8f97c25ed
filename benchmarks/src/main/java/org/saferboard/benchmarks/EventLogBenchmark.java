package org.saferboard.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.events.ActionProgressRecorded;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.action.queries.FindActions;
import org.saferboard.infrastructure.durability.Durability;
import org.saferboard.infrastructure.durability.EmbeddedStore;
import org.saferboard.infrastructure.eventstore.CaseHistories;
import org.saferboard.infrastructure.eventstore.EventChain;
import org.saferboard.infrastructure.eventstore.EventLogBackup;
import org.saferboard.infrastructure.eventstore.EventStorageEngines;
import org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine;
import org.saferboard.query.action.ActionsAsAt;

/**
 * What an auditor and an administrator wait for, on the embedded default's store (mongo-java-server's
 * H2 file backend as the standalone app opens it): reads as at a past instant (one action with a long history; the whole action
 * log), and the hash chain's extension and verification, a backup and a restore of the whole log.
 */
final class EventLogBenchmark {

    /** Rounds of verifying and of backing up measured, after one that warms up. */
    private static final int MEASURED_ROUNDS = 5;
    private static final Instant START = Instant.parse("2015-01-05T09:00:00Z");
    private static final ActionSource SOURCE = new ActionSource(SourceKind.MEETING_MINUTE, "LSCSB 19 March 2015, minute 21");
    private static final List<String> AGENCIES = List.of("Leicestershire Police", "Leicestershire County Council",
            "Rutland County Council", "Charnwood Borough Council");
    private static final int CHUNK = 1_000;
    private static final String LONG_ACTION = "long-history";

    private final int actions;
    private final int longHistory;
    private final int extraEvents;
    private final int samples;

    private EventLogBenchmark(int actions, int longHistory, int extraEvents, int samples) {
        this.actions = actions;
        this.longHistory = longHistory;
        this.extraEvents = extraEvents;
        this.samples = samples;
    }

    static EventLogBenchmark fromSystemProperties() {
        return new EventLogBenchmark(Integer.getInteger("eventlog.actions", 10_000), Integer.getInteger("eventlog.history", 1_000),
                Integer.getInteger("eventlog.extra-events", 0), Integer.getInteger("eventlog.samples", 200));
    }

    void run() throws Exception {
        Path work = Files.createTempDirectory("saferboard-event-log-benchmark");
        EmbeddedStore store = EmbeddedStore.open(work.resolve("saferboard.mv"));
        MongoServer server = new MongoServer(store.backend());
        server.bind("127.0.0.1", 0);
        List<String> rows = new ArrayList<>();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoDatabase database = client.getDatabase("saferboard");
            GlobalSequenceEventStorageEngine engine = EventStorageEngines.globalIndex(database, Clock.systemUTC(), Duration.ofSeconds(60), 100);
            long events = fill(engine);
            Instant end = START.plusSeconds(events);
            ActionsAsAt asAt = new ActionsAsAt(engine, new CaseHistories(engine, 50_000));

            Random random = new Random(1);
            List<Double> oneAction = new ArrayList<>();
            for (int sample = 0; sample < samples + 20; sample++) {
                Instant instant = START.plusSeconds(random.nextInt((int) events));
                long started = System.nanoTime();
                long position = engine.positionAt(instant);
                asAt.action(LONG_ACTION, position, LocalDate.ofInstant(instant, BusinessCalendar.BUSINESS_ZONE));
                if (sample >= 20) {
                    oneAction.add((System.nanoTime() - started) / 1e6);
                }
            }
            Collections.sort(oneAction);
            rows.add("| one action of %,d events as at a random instant (%d samples) | p50 %.1f ms, p99 %.1f ms |".formatted(
                    longHistory, samples, percentile(oneAction, 50), percentile(oneAction, 99)));

            for (String filter : List.of("whole log, first page of 50", "open, one agency")) {
                FindActions query = filter.startsWith("whole")
                        ? new FindActions(null, null, null, null, null, null, null, FindActions.DueDateOrder.EARLIEST_FIRST, 0, 50)
                        : new FindActions(ActionStatus.OPEN, null, AGENCIES.get(1), null, null, null, null,
                                FindActions.DueDateOrder.EARLIEST_FIRST, 0, 50);
                Measures seconds = new Measures();
                for (int round = 0; round < 4; round++) {
                    long started = System.nanoTime();
                    long position = engine.positionAt(end);
                    asAt.actions(query, position, LocalDate.ofInstant(end, BusinessCalendar.BUSINESS_ZONE));
                    if (round > 0) {
                        seconds.add((System.nanoTime() - started) / 1e9);
                    }
                }
                rows.add("| action log of %,d actions as at the end, %s (3 rounds) | %s s |".formatted(actions + 1, filter,
                        seconds.describe()));
            }

            EventChain chain = new EventChain(database, Duration.ofSeconds(60), Clock.systemUTC(), null);
            long started = System.nanoTime();
            long chained = chain.extend();
            rows.add(rate("chaining the whole log once (as at the upgrade)", chained, started));
            List<Boolean> intact = new ArrayList<>();
            rows.add(rounds("verifying the chain", events, () -> {
                EventChain.ChainVerification verification = chain.verify(List.of(), verified -> { });
                intact.add(verification.intact() && verification.eventsVerified() == events);
            }));
            if (intact.contains(false)) {
                throw new IllegalStateException("The chain of the benchmark's log did not verify whole");
            }

            EventLogBackup backup = new EventLogBackup(database, chain, Durability.EVERY_WRITE_ACKNOWLEDGED_DURABLE, Clock.systemUTC());
            Path file = work.resolve("backup.ndjson.gz");
            rows.add(rounds("backing up", events, () -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    backup.write(backup.headToBackUp(), out, written -> { });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            rows.add("| the backup file | %,d bytes, %.0f bytes per event |".formatted(Files.size(file), Files.size(file) / (double) events));
            MongoDatabase fresh = client.getDatabase("restored-" + UUID.randomUUID());
            EventLogBackup restore = new EventLogBackup(fresh, new EventChain(fresh, Duration.ofSeconds(60), Clock.systemUTC(), null),
                    Durability.EVERY_WRITE_ACKNOWLEDGED_DURABLE, Clock.systemUTC());
            started = System.nanoTime();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                restore.restore(in, restored -> { });
            }
            rows.add(rate("restoring, each line's link checked", events, started));
        } finally {
            server.shutdownNow();
            store.close();
        }
        System.out.println(Benchmarks.machine() + "; peak heap used %.0f MiB".formatted(peakHeapMiB()));
        System.out.println();
        System.out.println("| what | figure |");
        System.out.println("|---|---:|");
        rows.forEach(System.out::println);
    }

    /**
     * The store, one event a second from 5 January 2015: {@code actions} actions of three events each
     * (raised and two notes), the long action's history spread evenly through them, then
     * {@code extraEvents} events of another kind of case (a bigger log for the chain and backup
     * figures, which the action log passes over).
     */
    private long fill(GlobalSequenceEventStorageEngine engine) {
        int perAction = 3;
        long actionEvents = (long) actions * perAction + longHistory;
        long spacing = Math.max(1, actionEvents / Math.max(1, longHistory));
        List<DomainEventMessage<?>> chunk = new ArrayList<>(CHUNK);
        int longSequence = 0;
        long fillerEvent = 0;
        long total = actionEvents + extraEvents;
        for (long event = 0; event < total; event++) {
            Instant at = START.plusSeconds(event);
            if (event >= actionEvents) {
                chunk.add(new GenericDomainEventMessage<>("Meeting", "other-" + event, 0,
                        new ActionProgressRecorded("other-" + event, "Another kind of case", LocalDate.of(2015, 4, 1), at),
                        MetaData.with("username", "benchmark"), UUID.randomUUID().toString(), at));
            } else if (longSequence < longHistory && (event % spacing == 0 || fillerEvent >= (long) actions * perAction)) {
                chunk.add(event(LONG_ACTION, longSequence, longSequence == 0 ? raised(LONG_ACTION, 0, at)
                        : new ActionProgressRecorded(LONG_ACTION, "Progress note " + longSequence, LocalDate.of(2015, 4, 1), at), at));
                longSequence++;
            } else {
                int action = (int) (fillerEvent / perAction);
                int sequence = (int) (fillerEvent % perAction);
                String actionId = "filler-" + action;
                chunk.add(event(actionId, sequence, sequence == 0 ? raised(actionId, action, at)
                        : new ActionProgressRecorded(actionId, "Progress note " + sequence, LocalDate.of(2015, 4, 1), at), at));
                fillerEvent++;
            }
            if (chunk.size() == CHUNK) {
                engine.appendEvents(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            engine.appendEvents(chunk);
        }
        return total;
    }

    private static DomainEventMessage<?> event(String actionId, long sequence, Object payload, Instant at) {
        return new GenericDomainEventMessage<>("Action", actionId, sequence, payload, MetaData.with("username", "benchmark"),
                UUID.randomUUID().toString(), at);
    }

    private static ActionRaised raised(String actionId, int action, Instant at) {
        return new ActionRaised(actionId, "Provide the Prevent funding breakdown", null, "Officer " + action % 100,
                AGENCIES.get(action % AGENCIES.size()), LocalDate.of(2015, 1, 1).plusDays(action % 1_000), SOURCE, at);
    }

    /**
     * A row (without its last cell) for work over the whole log done {@link #MEASURED_ROUNDS} + 1 times: the rate of
     * the first round, cold, and of the later ones, warm.
     */
    private static String rounds(String what, long events, Runnable work) {
        double first = 0;
        Measures warm = new Measures();
        for (int round = 0; round <= MEASURED_ROUNDS; round++) {
            long started = System.nanoTime();
            work.run();
            double rate = events / ((System.nanoTime() - started) / 1e9);
            if (round == 0) {
                first = rate;
            } else {
                warm.add(rate);
            }
        }
        return "| %s: %,d events, first round, then %d more | %,.0f, then %s events/s |".formatted(what, events, MEASURED_ROUNDS,
                first, warm.describe());
    }

    private static String rate(String what, long events, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return "| %s: %,d events in %.1f s | %,.0f events/s |".formatted(what, events, seconds, events / seconds);
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static double peakHeapMiB() {
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024);
    }
}
