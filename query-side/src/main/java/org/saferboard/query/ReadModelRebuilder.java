package org.saferboard.query;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.RenameCollectionOptions;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.saferboard.infrastructure.durability.Durability;
import org.saferboard.infrastructure.projection.ProcessingNodes;
import org.saferboard.infrastructure.mongo.Collections;
import org.saferboard.infrastructure.projection.FlushBatchedWritesInterceptor;
import org.saferboard.infrastructure.projection.ReadModelRebuilds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Rebuilds read models from the event log without a reading gap. Each read model is rebuilt by a new
 * instance of its own projection, whose collections are renamed {@code rebuild_<name>}, followed by a
 * processor of its own from the start of the log, while reads keep being answered from the current
 * collections and the current projection keeps them up to date. Once the rebuild has caught up with
 * the head, the current projection stops, the rebuild follows the last events, and each rebuilt
 * collection replaces the current one in one rename; the current projection then starts again from
 * its own token over collections further on than it, and its idempotent handlers pass over what they
 * already hold. A rebuild that fails or is cancelled drops its collections and leaves the current
 * read model in use. One rebuild runs at a time; rebuilding all read models rebuilds them one after
 * another.
 */
@Component
public class ReadModelRebuilder {

    static final String PREFIX = "rebuild_";
    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilder.class);
    private static final long PROGRESS_LOG_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final Duration FINAL_CATCH_UP = Duration.ofSeconds(60);

    private final ApplicationContext context;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MongoDatabase database;
    private final Durability durability;
    private final Clock clock;
    private final ProcessingNodes processingNodes;
    private final Map<String, Status> statuses = new ConcurrentHashMap<>();
    private Thread running;
    private volatile boolean cancelled;

    public ReadModelRebuilder(ApplicationContext context, EventProcessingConfiguration processing, EventStore eventStore,
                              MongoDatabase saferBoardDatabase, Durability durability, Clock clock,
                             ProcessingNodes processingNodes) {
        this.context = context;
        this.processing = processing;
        this.eventStore = eventStore;
        this.database = saferBoardDatabase;
        this.durability = durability;
        this.clock = clock;
        this.processingNodes = processingNodes;
    }

    public enum State { WAITING, REBUILDING, SWITCHING, DONE, FAILED, CANCELLED }

    /** One read model's rebuild: where it got to and, when it ended, how. Rate and time left are null until known. */
    public record Status(String readModel, State state, long eventsDone, long head, Long eventsPerSecond, Long secondsLeft,
                         Instant startedAt, Instant endedAt, String outcome) {
    }

    /** A rebuild asked for while another runs, or of a read model there is none of. */
    public static class RebuildRefused extends RuntimeException {

        private final String code;
        private final String title;

        RebuildRefused(String code, String title, String message) {
            super(message);
            this.code = code;
            this.title = title;
        }

        public String code() {
            return code;
        }

        public String title() {
            return title;
        }
    }

    /** The read models there are, by the name of their processing group. */
    public Set<String> readModels() {
        return new TreeSet<>(projections().keySet());
    }

    /**
     * Starts rebuilding the named read models (all when none are named), one after another, on a
     * thread of their own.
     */
    public synchronized List<Status> start(List<String> names) {
        if (running != null && running.isAlive()) {
            throw new RebuildRefused("rebuild-running", "A rebuild is running",
                    "A rebuild is running already (" + runningNames() + "); wait for it to end or cancel it");
        }
        long othersSharing = processingNodes.othersAlive();
        if (othersSharing > 0) {
            // the switch renames collections that the other processes' processors go on writing to
            throw new RebuildRefused("read-models-shared", "Other query sides share the read models",
                    othersSharing + " other query-side process(es) share the read models' processing with this one; a rebuild "
                            + "switches collections under them. Stop every query side but one, rebuild on it, then start the others.");
        }
        Map<String, Object> projections = projections();
        List<String> chosen = names == null || names.isEmpty() ? new ArrayList<>(new TreeSet<>(projections.keySet())) : names;
        for (String name : chosen) {
            if (!projections.containsKey(name)) {
                throw new RebuildRefused("unknown-read-model", "No such read model",
                        "There is no read model '" + name + "'; there are " + new TreeSet<>(projections.keySet()));
            }
        }
        statuses.clear();
        cancelled = false;
        for (String name : chosen) {
            statuses.put(name, new Status(name, State.WAITING, 0, 0, null, null, null, null, null));
        }
        running = new Thread(() -> chosen.forEach(name -> rebuild(name, projections.get(name))), "read-model-rebuild");
        running.setDaemon(true);
        running.start();
        return statuses();
    }

    /** Every rebuild of the last run asked for, in the order they run. */
    public List<Status> statuses() {
        List<Status> all = new ArrayList<>(statuses.values());
        all.sort((a, b) -> a.readModel().compareTo(b.readModel()));
        return all;
    }

    /** Stops the running rebuild: its collections are dropped, the current read model stays in use. */
    public synchronized boolean cancel() {
        boolean wasRunning = running != null && running.isAlive();
        cancelled = true;
        return wasRunning;
    }

    /** Waits for the running rebuild to end; true when it ended in time. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        Thread thread;
        synchronized (this) {
            thread = running;
        }
        if (thread == null) {
            return true;
        }
        thread.join(timeout.toMillis());
        return !thread.isAlive();
    }

    private String runningNames() {
        return String.join(", ", statuses.keySet());
    }

    private void rebuild(String name, Object liveProjection) {
        if (cancelled) {
            update(name, State.CANCELLED, 0, 0, null, null, "cancelled before it started");
            return;
        }
        Instant started = clock.instant();
        Set<String> collections = new TreeSet<>();
        TrackingEventProcessor rebuild = null;
        try {
            // made twice: the first time names its collections, so that what a rebuild cut short left there is dropped
            construct(AopUtils.getTargetClass(liveProjection), renamed(collections));
            dropRebuilt(collections);
            Object projection = construct(AopUtils.getTargetClass(liveProjection), renamed(collections));
            rebuild = processor(name, projection);
            rebuild.start();
            log.info("Rebuilding read model {} from the event log into {}", name, collections.stream().map(c -> PREFIX + c).toList());
            statuses.put(name, new Status(name, State.REBUILDING, 0, head(), null, null, started, null, null));
            followUntilCaughtUp(name, rebuild, started, false);
            StreamingEventProcessor live = processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
            update(name, State.SWITCHING, position(rebuild), head(), null, null, null);
            live.shutdownAsync().get(30, TimeUnit.SECONDS);
            long rebuilt;
            try {
                followUntilCaughtUp(name, rebuild, started, true);
                rebuilt = position(rebuild);
                rebuild.shutDown();
                durability.awaitDurable();
                Set<String> existing = database.listCollectionNames().into(new TreeSet<>());
                for (String collection : collections) {
                    if (existing.contains(PREFIX + collection)) {
                        database.getCollection(PREFIX + collection).renameCollection(new MongoNamespace(database.getName(), collection),
                                new RenameCollectionOptions().dropTarget(true));
                    } else {
                        // the rebuild wrote nothing there (no case of that kind in the log): the rebuilt read model is empty
                        database.getCollection(collection).deleteMany(new org.bson.Document());
                    }
                }
                durability.awaitDurable();
            } finally {
                live.start();
            }
            update(name, State.DONE, rebuilt, rebuilt, null, 0L, "rebuilt from " + rebuilt + " events in "
                    + Duration.between(started, clock.instant()).toSeconds() + " s and switched over");
            log.info("Read model {} rebuilt from the event log and in use", name);
        } catch (Cancelled e) {
            stopAndDrop(rebuild, collections);
            update(name, State.CANCELLED, position(rebuild), head(), null, null, "cancelled; the current read model stays in use");
            log.info("Rebuild of read model {} cancelled; the current read model stays in use", name);
        } catch (Exception e) {
            stopAndDrop(rebuild, collections);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            update(name, State.FAILED, position(rebuild), head(), null, null, "failed (" + e + "); the current read model stays in use");
            log.error("Rebuild of read model {} failed; the current read model stays in use", name, e);
        }
    }

    private static final class Cancelled extends RuntimeException {
    }

    /** Follows the rebuild until it holds every event up to the head, logging its progress every 5 seconds. */
    private void followUntilCaughtUp(String name, TrackingEventProcessor rebuild, Instant started, boolean finalCatchUp)
            throws InterruptedException {
        long startedNanos = System.nanoTime();
        long lastLog = startedNanos;
        long lastPosition = position(rebuild);
        long lastSample = startedNanos;
        Long rate = null;
        while (true) {
            if (cancelled && !finalCatchUp) {
                throw new Cancelled();
            }
            if (rebuild.isError()) {
                throw new IllegalStateException("the rebuild's processor stopped on an error; see the log");
            }
            long head = head();
            long position = position(rebuild);
            if (position >= head && caughtUp(rebuild)) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastSample >= TimeUnit.SECONDS.toNanos(2)) {
                rate = Math.round((position - lastPosition) / ((now - lastSample) / 1e9));
                lastPosition = position;
                lastSample = now;
            }
            Long left = rate == null || rate == 0 ? null : (head - position) / rate;
            statuses.put(name, new Status(name, finalCatchUp ? State.SWITCHING : State.REBUILDING, position, head, rate, left, started,
                    null, null));
            if (now - lastLog >= PROGRESS_LOG_NANOS) {
                log.info("Rebuilding read model {}: {} of {} events{}{}", name, position, head, rate == null ? "" : ", " + rate
                        + " events/s", left == null ? "" : ", about " + left + " s left");
                lastLog = now;
            }
            if (finalCatchUp && now - startedNanos > FINAL_CATCH_UP.toNanos()) {
                throw new IllegalStateException("the rebuild did not reach the head within " + FINAL_CATCH_UP.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    private static boolean caughtUp(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
    }

    private TrackingEventProcessor processor(String name, Object projection) {
        return rebuildingProcessor(PREFIX + name, projection, eventStore);
    }

    /**
     * The processor that replays the log into a rebuilt read model: batches of 100 events, each batch's
     * writes sent together, a failed event stopping the rebuild; its token is kept in memory only.
     */
    public static TrackingEventProcessor rebuildingProcessor(String name, Object projection,
                                                             StreamableMessageSource<TrackedEventMessage<?>> events) {
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(projection)
                        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance()).build())
                .messageSource(events)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(100))
                .build();
        processor.registerHandlerInterceptor(new FlushBatchedWritesInterceptor());
        return processor;
    }

    /**
     * A new instance of the projection's class over the database with its collections renamed: its
     * constructor's other arguments are this process's beans, and it tells no one of a reset.
     */
    private Object construct(Class<?> type, MongoDatabase renamedDatabase) throws ReflectiveOperationException {
        Constructor<?> constructor = type.getConstructors()[0];
        Object[] arguments = new Object[constructor.getParameterCount()];
        Class<?>[] types = constructor.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == MongoDatabase.class) {
                arguments[i] = renamedDatabase;
            } else if (types[i] == ReadModelRebuilds.class) {
                arguments[i] = (ReadModelRebuilds) processingGroup -> { };
            } else {
                arguments[i] = context.getBean(types[i]);
            }
        }
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** The database as the rebuilding projection sees it: each collection it asks for is rebuild_<name>, and noted. */
    private MongoDatabase renamed(Set<String> collections) {
        return (MongoDatabase) Proxy.newProxyInstance(MongoDatabase.class.getClassLoader(), new Class<?>[] {MongoDatabase.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getCollection")) {
                        String collection = (String) arguments[0];
                        collections.add(collection);
                        Object[] renamedArguments = arguments.clone();
                        renamedArguments[0] = PREFIX + collection;
                        return method.invoke(database, renamedArguments);
                    }
                    try {
                        return method.invoke(database, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void stopAndDrop(TrackingEventProcessor rebuild, Set<String> collections) {
        if (rebuild != null) {
            rebuild.shutDown();
        }
        dropRebuilt(collections);
    }

    private void dropRebuilt(Set<String> collections) {
        Collections.dropIfPresent(database, collections.stream().map(collection -> PREFIX + collection).toList());
    }

    private void update(String name, State state, long done, long head, Long rate, Long left, String outcome) {
        Status before = statuses.get(name);
        Instant started = before == null ? null : before.startedAt();
        boolean ended = state == State.DONE || state == State.FAILED || state == State.CANCELLED;
        statuses.put(name, new Status(name, state, done, head, rate, left, started, ended ? clock.instant() : null, outcome));
    }

    private Map<String, Object> projections() {
        Map<String, Object> byGroup = new LinkedHashMap<>();
        context.getBeansWithAnnotation(ProcessingGroup.class).forEach((beanName, bean) -> {
            ProcessingGroup group = AopUtils.getTargetClass(bean).getAnnotation(ProcessingGroup.class);
            if (group != null && processing.eventProcessor(group.value()).isPresent()) {
                byGroup.put(group.value(), bean);
            }
        });
        return byGroup;
    }

    private long head() {
        return position(eventStore.createHeadToken());
    }

    private static long position(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        OptionalLong position = token.position();
        return position.orElse(0);
    }

    private static long position(StreamingEventProcessor processor) {
        if (processor == null) {
            return 0;
        }
        return processor.processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(0)).min().orElse(0);
    }
}
