package org.saferboard.infrastructure.durability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's H2 store, opened here so that writes can be made durable. MVStore keeps
 * changes in memory and writes them about once a second on its own, without forcing them to disk. A
 * writer that must not lose its changes commits the store and forces the file (fsync), shared
 * between concurrent writers by {@link GroupCommit}.
 *
 * <p>Appended events are made durable by the {@link EventJournal} instead (a commit per write costs a
 * fifth of a command's CPU). The store is committed and forced by a timer every {@link #COMMIT_INTERVAL},
 * which makes the projections' waiting tokens storable (see ProjectionTokenStore), and when the journal
 * moves to a new file.
 *
 * <p>MVStore keeps a chunk it no longer needs for a retention time (45 s by default) before reusing
 * its space, "assuming the file system flushes its buffers within that time": with frequent commits
 * the file grew to 600 MB for 15,000 actions. Here every write reaches the disk within
 * {@link #COMMIT_INTERVAL} (the timer forces the store's own background writes too), so a much
 * shorter retention is as safe.
 */
public final class EmbeddedStore implements AutoCloseable {

    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
    /** The journal moves to a new file, and the store is committed, at least this often while appends come in. */
    static final Duration JOURNAL_ROTATION = Duration.ofSeconds(30);
    static final long JOURNAL_ROTATION_BYTES = 16L * 1024 * 1024;
    /** Longer than the background writer's delay (1 s) plus the commit interval, so a freed chunk's death is on disk first. */
    static final Duration RETENTION = Duration.ofSeconds(3);

    private final MVStore store;
    private final Durability durability;
    private final EventJournal journal;
    private final ScheduledExecutorService syncer;
    private long lastRotation = System.nanoTime();

    private EmbeddedStore(MVStore store, Path directory) {
        this.store = store;
        FileStore<?> file = store.getFileStore();
        if (file == null) {
            // in memory: nothing survives a crash, so there is nothing to make durable
            this.durability = Durability.EVERY_WRITE_ACKNOWLEDGED_DURABLE;
            this.journal = null;
            this.syncer = null;
            return;
        }
        store.setRetentionTime((int) RETENTION.toMillis());
        this.durability = new GroupCommit(() -> {
            store.commit();
            // The background writer may have taken these changes into a store of its own that is still
            // being written; waiting for its pipeline, then forcing the file, puts them on disk.
            file.executeFileStoreOperation(file::sync);
        });
        this.syncer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "saferboard-store-sync");
            thread.setDaemon(true);
            return thread;
        });
        this.journal = new EventJournal(directory, durability);
        syncer.scheduleWithFixedDelay(() -> {
            if (store.isClosed()) {
                return;
            }
            durability.awaitDurable();
            long bytes = journal.currentBytes();
            if (bytes >= JOURNAL_ROTATION_BYTES || (bytes > 0 && System.nanoTime() - lastRotation >= JOURNAL_ROTATION.toNanos())) {
                journal.rotate();
                lastRotation = System.nanoTime();
            }
        }, COMMIT_INTERVAL.toMillis(), COMMIT_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    public static EmbeddedStore open(Path file) {
        return new EmbeddedStore(new MVStore.Builder().fileName(file.toString()).open(), file.getParent());
    }

    public MVStore mvStore() {
        return store;
    }

    public Durability durability() {
        return durability;
    }

    /** The journal of event appends; empty for a store in memory. */
    public Optional<EventJournal> journal() {
        return Optional.ofNullable(journal);
    }

    /** Stops the timer; the store itself is closed by the server that uses it. */
    @Override
    public void close() {
        if (syncer != null) {
            syncer.shutdownNow();
            journal.close();
        }
    }
}
