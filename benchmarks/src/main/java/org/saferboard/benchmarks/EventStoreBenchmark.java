package org.saferboard.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.commands.CompleteAction;
import org.saferboard.api.action.commands.RaiseAction;
import org.saferboard.command.action.Action;
import org.saferboard.infrastructure.eventstore.AxonSerialization;

/**
 * Both MongoDB event storage engines at each store size, in one run: command throughput (RaiseAction
 * then CompleteAction through Axon's command bus and the Action aggregate) and the replay rate of the
 * whole stream as a tracking processor reads it. Each engine gets a fresh mongo-java-server (memory
 * backend) over TCP, filled with actions of ten events each (see Fill).
 */
final class EventStoreBenchmark {

    private static final ActionSource SOURCE = new ActionSource(SourceKind.MEETING_MINUTE, "LSCSB 19 March 2015, minute 21");

    private final BenchmarkSettings settings;

    EventStoreBenchmark(BenchmarkSettings settings) {
        this.settings = settings;
    }

    private record Engine(String name, Function<MongoDatabase, EventStorageEngine> factory) {
    }

    private record Result(String engine, int storedEvents, Measures commandsPerSecond, double replayEventsPerSecond,
                          long replayedEvents, boolean replayComplete) {
    }

    void run() {
        List<Engine> engines = List.of(
                new Engine("axon-mongo (timestamp order)", BenchmarkEngines::axonMongo),
                new Engine("global index (this project)", BenchmarkEngines::globalIndex));
        List<Result> results = new ArrayList<>();
        for (int size : settings.sizes()) {
            for (Engine engine : engines) {
                results.add(measure(engine, size));
            }
        }
        System.out.println();
        System.out.println("Event store benchmark, " + Benchmarks.machine());
        System.out.println();
        System.out.println("| engine | stored events | commands/s, median (min–max) of " + settings.rounds()
                + " rounds | replay events/s |");
        System.out.println("|---|---:|---:|---:|");
        for (Result result : results) {
            System.out.printf("| %s | %,d | %s | %s%s |%n", result.engine(), result.storedEvents(),
                    result.commandsPerSecond().describe(), Measures.format(result.replayEventsPerSecond()),
                    result.replayComplete() ? "" : " (first %,d events in %d s)".formatted(result.replayedEvents(),
                            settings.replayTimeBox().toSeconds()));
        }
    }

    private Result measure(Engine engine, int storedEvents) {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoDatabase database = client.getDatabase("benchmark");
            EventStorageEngine storage = engine.factory().apply(database);
            progress("%s: filling %,d events", engine.name(), storedEvents);
            Fill.actions(storage, storedEvents);
            Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                    .configureSerializer(configuration -> AxonSerialization.serializer())
                    .configureEventSerializer(configuration -> AxonSerialization.serializer())
                    .configureEmbeddedEventStore(configuration -> storage)
                    .configureAggregate(Action.class)
                    .registerComponent(Clock.class, configuration -> Clock.systemUTC())
                    .buildConfiguration();
            axon.start();
            try {
                Measures throughput = new Measures();
                commandsPerSecond(axon.commandGateway(), 50, Duration.ofSeconds(5)); // warm-up
                for (int round = 0; round < settings.rounds(); round++) {
                    double rate = commandsPerSecond(axon.commandGateway(), settings.commandsPerRound(), settings.roundTimeBox());
                    throughput.add(rate);
                    progress("%s at %,d: round %d, %.1f commands/s", engine.name(), storedEvents, round + 1, rate);
                }
                long[] replay = replay(storage);
                double replayRate = replay[0] / (replay[1] / 1e9);
                progress("%s at %,d: replayed %,d events at %.0f events/s", engine.name(), storedEvents, replay[0], replayRate);
                return new Result(engine.name(), storedEvents, throughput, replayRate, replay[0], replay[2] == 1);
            } finally {
                axon.shutdown();
            }
        } finally {
            server.shutdownNow();
        }
    }

    /** RaiseAction then CompleteAction on new actions, until the round's count or time box is reached. */
    private static double commandsPerSecond(CommandGateway commands, int maximumPairs, Duration timeBox) {
        long start = System.nanoTime();
        long deadline = start + timeBox.toNanos();
        int sent = 0;
        for (int pair = 0; pair < maximumPairs && System.nanoTime() < deadline; pair++) {
            String actionId = UUID.randomUUID().toString();
            commands.sendAndWait(new RaiseAction(actionId, "Confirm the funding situation", null, "James Fox",
                    "Leicestershire County Council", LocalDate.of(2015, 6, 18), SOURCE));
            commands.sendAndWait(new CompleteAction(actionId, "Funding confirmed", null, null));
            sent += 2;
        }
        return sent / ((System.nanoTime() - start) / 1e9);
    }

    /** @return events read, nanoseconds taken, 1 if the whole stream was read */
    private long[] replay(EventStorageEngine storage) {
        long start = System.nanoTime();
        long deadline = start + settings.replayTimeBox().toNanos();
        long read = 0;
        boolean complete = true;
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
            while (events.hasNext()) {
                events.next().getPayload();
                read++;
                if ((read & 0xFF) == 0 && System.nanoTime() > deadline) {
                    complete = !events.hasNext();
                    break;
                }
            }
        }
        return new long[] {read, System.nanoTime() - start, complete ? 1 : 0};
    }

    private static void progress(String format, Object... values) {
        System.err.printf(format + "%n", values);
    }
}
