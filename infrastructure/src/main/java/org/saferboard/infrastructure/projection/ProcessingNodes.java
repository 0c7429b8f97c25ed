package org.saferboard.infrastructure.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The processes that share the projections' segments, and each one's fair share of a processor's
 * segments. Axon's pooled processor claims segments up to the number its maximum-segment provider
 * gives, and releases those above it for others to claim; what it cannot know without Axon Server is
 * how many processes share the work. So each process that runs pooled processors notes in MongoDB,
 * every {@code heartbeat}, that it is alive; one not seen for {@code expiry} (it stopped, or died) no
 * longer counts, and the survivors' shares grow to take its segments once its claims have lapsed.
 *
 * <p>A process counts only once one of its pooled processors asks for its share, so command sides,
 * the pages' process (whose processors never start) and the standalone (tracking processors) never
 * register. Liveness compares the processes' clocks; they are assumed to be kept within a few seconds
 * of each other (NTP), well inside the expiry.
 */
public class ProcessingNodes implements DisposableBean {

    static final String COLLECTION = "processing_nodes";

    private static final Logger log = LoggerFactory.getLogger(ProcessingNodes.class);
    private static final String ID = "_id";
    private static final String SEEN_AT = "seenAt";

    private final MongoCollection<Document> nodes;
    private final String nodeId;
    private final Duration heartbeat;
    private final Duration expiry;
    private final Clock clock;
    private final Map<String, IntSupplier> processors = new ConcurrentHashMap<>();
    private final Map<String, Integer> segmentCounts = new ConcurrentHashMap<>();
    private volatile int liveNodes = 1;
    private ScheduledExecutorService beats;

    public ProcessingNodes(MongoDatabase database, String nodeId, Duration heartbeat, Duration expiry, Clock clock) {
        if (expiry.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("saferboard.projections.node-expiry (" + expiry + ") must be at least twice "
                    + "saferboard.projections.node-heartbeat (" + heartbeat + "), or a live process could be counted out");
        }
        this.nodes = database.getCollection(COLLECTION);
        this.nodeId = nodeId;
        this.heartbeat = heartbeat;
        this.expiry = expiry;
        this.clock = clock;
    }

    /**
     * The name this process claims segments under: the one process an embedded store allows keeps one
     * name across restarts (it resumes its own claims at once); on MongoDB each process, even two in
     * one JVM, has a name of its own, so that no two of them hold one claim.
     */
    public static String nodeIdFor(String exclusiveOwner) {
        if (exclusiveOwner != null) {
            return exclusiveOwner;
        }
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String nodeId() {
        return nodeId;
    }

    /**
     * How many of the processor's segments this process should hold: its segments divided among the
     * live processes, rounded up, so that every segment has a holder. The first call registers this
     * process. Answered from what the last heartbeat read, as the processor asks at every turn of its
     * coordinator.
     */
    public int fairShare(String processorName, IntSupplier segmentCount) {
        if (processors.putIfAbsent(processorName, segmentCount) == null) {
            segmentCounts.put(processorName, segmentCount.getAsInt());
            startBeating();
        }
        int segments = segmentCounts.getOrDefault(processorName, 0);
        if (segments == 0) {
            // not initialised yet: the first claim initialises them
            return Integer.MAX_VALUE;
        }
        int live = Math.max(1, liveNodes);
        return Math.max(1, (segments + live - 1) / live);
    }

    /** The processes seen within the expiry, this one included once registered (as of the last heartbeat). */
    public int liveNodes() {
        return liveNodes;
    }

    /** The other processes sharing the projections now, read afresh. */
    public long othersAlive() {
        return nodes.countDocuments(and(gte(SEEN_AT, Date.from(clock.instant().minus(expiry))), ne(ID, nodeId)));
    }

    private synchronized void startBeating() {
        if (beats != null) {
            return;
        }
        beat();
        beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "processing-node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        beats.scheduleWithFixedDelay(this::beatQuietly, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            // the shares stay as last read; the claims themselves are guarded by the token store
            log.warn("Could not note this process as alive to share the projections' segments: {}", e.toString());
        }
    }

    void beat() {
        Instant now = clock.instant();
        nodes.replaceOne(eq(ID, nodeId), new Document(ID, nodeId).append(SEEN_AT, Date.from(now)), new ReplaceOptions().upsert(true));
        Date aliveSince = Date.from(now.minus(expiry));
        // processes that died (each start has a new id on MongoDB) would otherwise stay listed for ever
        nodes.deleteMany(lt(SEEN_AT, aliveSince));
        liveNodes = (int) nodes.countDocuments(gte(SEEN_AT, aliveSince));
        processors.forEach((name, count) -> segmentCounts.put(name, count.getAsInt()));
    }

    /** A process that stops says so, so that the others take its segments at once rather than after the expiry. */
    @Override
    public synchronized void destroy() {
        if (beats == null) {
            return;
        }
        beats.shutdownNow();
        beats = null;
        try {
            nodes.deleteOne(eq(ID, nodeId));
        } catch (RuntimeException e) {
            log.warn("Could not note that this process stops sharing the projections' segments: {}", e.toString());
        }
    }
}
