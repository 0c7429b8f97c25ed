package org.saferboard.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * How far each read model's projection has got through the event log: events done of the log's head,
 * the rate over the last few seconds and the time left at that rate. While a read model is being
 * built (after a restore, a reset or a first start on an old log) a line goes to the log every 5
 * seconds; {@code /api/read-models} answers the same, for the pages to poll.
 */
@Component
public class ReadModelStatus implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadModelStatus.class);
    private static final long SAMPLE_EVERY_SECONDS = 5;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Map<String, Sample> previous = new ConcurrentHashMap<>();
    private ScheduledExecutorService sampler;

    public ReadModelStatus(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** One read model's progress. Rate and time left are null until two samples a few seconds apart exist. */
    public record Progress(String readModel, boolean running, boolean replaying, boolean caughtUp, long eventsDone, long head,
                           Long eventsPerSecond, Long secondsLeft) {
    }

    private record Sample(long position, long nanos, Long eventsPerSecond) {
    }

    public List<Progress> now() {
        long head = position(eventStore.createHeadToken());
        List<Progress> progress = new ArrayList<>();
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(processor -> progress.add(progressOf(processor, head)));
        return progress;
    }

    private Progress progressOf(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        long done = statuses.values().stream().map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(0)).min().orElse(0);
        boolean caughtUp = !statuses.isEmpty() && statuses.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        boolean replaying = statuses.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        Sample sample = sample(processor.getName(), done);
        Long rate = sample.eventsPerSecond();
        Long left = caughtUp || done >= head ? Long.valueOf(0) : rate == null || rate == 0 ? null : (head - done) / rate;
        return new Progress(processor.getName(), processor.isRunning(), replaying, caughtUp || done >= head, Math.min(done, head), head,
                rate, left);
    }

    /** The rate is taken over at least the sampling interval, so that one fast batch does not make it jump. */
    private Sample sample(String readModel, long position) {
        long now = System.nanoTime();
        return previous.compute(readModel, (name, last) -> {
            if (last == null) {
                return new Sample(position, now, null);
            }
            double seconds = (now - last.nanos()) / 1e9;
            if (seconds < SAMPLE_EVERY_SECONDS) {
                return last;
            }
            return new Sample(position, now, Math.max(0, Math.round((position - last.position()) / seconds)));
        });
    }

    private static long position(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        OptionalLong position = token.position();
        return position.orElse(0);
    }

    private void logThoseBehind() {
        try {
            for (Progress progress : now()) {
                if (progress.running() && !progress.caughtUp()) {
                    log.info("Read model {}: {} of {} events{}{}", progress.readModel(), progress.eventsDone(), progress.head(),
                            progress.eventsPerSecond() == null ? "" : ", " + progress.eventsPerSecond() + " events/s",
                            progress.secondsLeft() == null ? "" : ", about " + progress.secondsLeft() + " s left");
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the read models' progress this time: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-model-progress");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleWithFixedDelay(this::logThoseBehind, SAMPLE_EVERY_SECONDS, SAMPLE_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (sampler != null) {
            sampler.shutdownNow();
            sampler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return sampler != null;
    }
}
