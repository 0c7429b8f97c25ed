package org.saferboard.infrastructure.durability;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
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
 * <p>Only whole operations reach the file. The embedded server applies one insert or update to several
 * maps (the documents, then each index), and MVStore's own background writer stores whatever the maps
 * hold at that moment, so a crash could leave a document without its index entries (found by a scan,
 * not by its key; an insert of it again refused): seen once in the crash test. So MVStore's background
 * writer is off, every operation of the server holds a shared lock, and a commit (and compaction)
 * holds it exclusively: the file only ever holds the state between two operations. MVStore's
 * 45-second retention of unused chunks is kept.
 */
public final class EmbeddedStore implements AutoCloseable {

    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
    /** The journal moves to a new file, and the store is committed, at least this often while appends come in. */
    static final Duration JOURNAL_ROTATION = Duration.ofSeconds(30);
    static final long JOURNAL_ROTATION_BYTES = 16L * 1024 * 1024;

    /** Compaction rewrites the live pages of chunks that are at most this full. */
    static final int COMPACT_BELOW_FILL_RATE = 50;
    static final Duration COMPACTION_INTERVAL = Duration.ofSeconds(30);
    private static final int COMPACTION_BYTES = 16 * 1024 * 1024;

    private final MVStore store;
    /** Shared by the server's operations, held alone by whatever writes the store to its file. */
    private final ReadWriteLock operations = new ReentrantReadWriteLock();
    private final Durability durability;
    private final EventJournal journal;
    private final ScheduledExecutorService syncer;
    private long lastRotation = System.nanoTime();
    private long lastCompaction = System.nanoTime();

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
        this.durability = new GroupCommit(() -> {
            betweenOperations(store::commit);
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
            if (System.nanoTime() - lastCompaction >= COMPACTION_INTERVAL.toNanos()) {
                lastCompaction = System.nanoTime();
                if (file.getChunksFillRate() < COMPACT_BELOW_FILL_RATE) {
                    betweenOperations(() -> store.compact(COMPACT_BELOW_FILL_RATE, COMPACTION_BYTES));
                    durability.awaitDurable();
                }
            }
        }, COMMIT_INTERVAL.toMillis(), COMMIT_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    public static EmbeddedStore open(Path file) {
        return new EmbeddedStore(new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open(), file.getParent());
    }

    /** The embedded server's backend on this store: each of its operations is whole before the store is written. */
    public MongoBackend backend() {
        return new WholeOperationsBackend();
    }

    private <T> T betweenOperations(Supplier<T> storeWrite) {
        operations.writeLock().lock();
        try {
            return storeWrite.get();
        } finally {
            operations.writeLock().unlock();
        }
    }

    private <T> T duringOperation(Supplier<T> operation) {
        operations.readLock().lock();
        try {
            return operation.get();
        } finally {
            operations.readLock().unlock();
        }
    }

    /**
     * H2Backend with every entry point that reads or changes data inside the shared lock, on the databases of
     * {@link EmbeddedDatabases}.
     */
    private final class WholeOperationsBackend extends H2Backend {

        WholeOperationsBackend() {
            super(store);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new EmbeddedDatabases(store).open(databaseName, getCursorRegistry());
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            return duringOperation(() -> super.handleCommand(channel, databaseName, command, query));
        }

        @Override
        public QueryResult handleQuery(MongoQuery query) {
            return duringOperation(() -> super.handleQuery(query));
        }

        @Override
        public Document handleMessage(MongoMessage message) {
            return duringOperation(() -> super.handleMessage(message));
        }

        @Override
        public void dropDatabase(String databaseName) {
            duringOperation(() -> {
                super.dropDatabase(databaseName);
                return null;
            });
        }

        @Override
        public void closeCursors(List<Long> cursorIds) {
            duringOperation(() -> {
                super.closeCursors(cursorIds);
                return null;
            });
        }

        @Override
        public void handleClose(Channel channel) {
            duringOperation(() -> {
                super.handleClose(channel);
                return null;
            });
        }
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
