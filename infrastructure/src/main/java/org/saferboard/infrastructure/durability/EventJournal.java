package org.saferboard.infrastructure.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.bson.BsonBinaryReader;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A write-ahead journal of the embedded store's event appends. Each append's documents, as stored,
 * are written to the journal and forced to disk (fsync, shared between concurrent writers by
 * {@link GroupCommit}) before the append is answered; the store itself keeps its changes in memory
 * and writes them in its own time. Forcing a few hundred bytes of journal costs far less than
 * committing the store: a store commit rewrites every page the writes touched, and each page of the
 * embedded server holds dozens of documents serialised anew (measured: a fifth of the CPU of a
 * RaiseAction).
 *
 * <p>At start, before anything reads the store, every append still in the journal is put back into
 * it (what the store already holds is passed over). From time to time the journal moves to a new
 * file, the store is committed and forced, and the old file, now covered by the store, is deleted.
 *
 * <p>A record is its length, a CRC-32C of its bytes, and the bytes (BSON); a record cut short by a
 * crash was never answered, and it and anything after it are ignored.
 */
public final class EventJournal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventJournal.class);
    private static final String PREFIX = "events.journal.";
    private static final String EVENTS = "events";
    private static final int HEADER_BYTES = 8;
    private static final DocumentCodec CODEC = new DocumentCodec();

    private final Path directory;
    private final Durability store;
    private final GroupCommit forced;
    private final Object writing = new Object();
    private long generation;
    private FileChannel current;
    private long currentBytes;

    /**
     * @param store the durability of the store the journal protects: committing it makes the
     *              journal's older files redundant
     */
    public EventJournal(Path directory, Durability store) {
        this.directory = directory;
        this.store = store;
        this.generation = generations().isEmpty() ? 1 : generations().lastKey() + 1;
        this.current = open(generation);
        this.forced = new GroupCommit(this::forceCurrent);
    }

    /** Writes the append's documents and returns once they are on disk. */
    public void append(List<Document> documents) {
        ByteBuffer record = record(documents);
        synchronized (writing) {
            try {
                while (record.hasRemaining()) {
                    current.write(record);
                }
                currentBytes += record.limit();
            } catch (IOException e) {
                throw new UncheckedIOException("The event journal could not be written", e);
            }
        }
        forced.awaitDurable();
    }

    /** Every append still in the journal, oldest first. */
    public void replay(Consumer<List<Document>> appends) {
        for (Path file : generations().values()) {
            if (file.equals(fileOf(generation))) {
                continue;
            }
            readRecords(file, appends);
        }
    }

    /** How many bytes the current file holds: rotate when it is large. */
    public long currentBytes() {
        synchronized (writing) {
            return currentBytes;
        }
    }

    /**
     * Moves the journal to a new file, commits the store (which then holds every append in the
     * older files) and deletes the older files.
     */
    public void rotate() {
        List<Path> covered = new ArrayList<>();
        synchronized (writing) {
            // what is in the old file is forced before writers move on, so no writer's record is left unforced
            forceCurrent();
            closeQuietly(current);
            covered.addAll(generations().values());
            generation++;
            current = open(generation);
            currentBytes = 0;
        }
        store.awaitDurable();
        for (Path file : covered) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("The covered event journal file {} could not be deleted; it is replayed harmlessly at the next start", file);
            }
        }
    }

    @Override
    public void close() {
        synchronized (writing) {
            closeQuietly(current);
        }
    }

    private void forceCurrent() {
        FileChannel channel;
        synchronized (writing) {
            channel = current;
        }
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("The event journal could not be forced to disk", e);
        }
    }

    private static ByteBuffer record(List<Document> documents) {
        RawBsonDocument bson = new RawBsonDocument(new Document(EVENTS, documents), CODEC);
        ByteBuffer bytes = bson.getByteBuffer().asNIO();
        CRC32C crc = new CRC32C();
        crc.update(bytes.duplicate());
        ByteBuffer record = ByteBuffer.allocate(HEADER_BYTES + bytes.remaining()).order(ByteOrder.BIG_ENDIAN);
        record.putInt(bytes.remaining()).putInt((int) crc.getValue()).put(bytes).flip();
        return record;
    }

    private static void readRecords(Path file, Consumer<List<Document>> appends) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.BIG_ENDIAN);
            while (true) {
                header.clear();
                if (readFully(channel, header) < HEADER_BYTES) {
                    return;
                }
                header.flip();
                int length = header.getInt();
                int expectedCrc = header.getInt();
                if (length <= 0 || length > channel.size()) {
                    log.warn("The event journal {} ends in a record cut short; it was never acknowledged", file);
                    return;
                }
                ByteBuffer bytes = ByteBuffer.allocate(length);
                CRC32C crc = new CRC32C();
                if (readFully(channel, bytes) < length || !matches(crc, bytes, expectedCrc)) {
                    log.warn("The event journal {} ends in a record cut short; it was never acknowledged", file);
                    return;
                }
                bytes.flip();
                Document record = CODEC.decode(new BsonBinaryReader(bytes), DecoderContext.builder().build());
                appends.accept(record.getList(EVENTS, Document.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The event journal " + file + " could not be read", e);
        }
    }

    private static boolean matches(CRC32C crc, ByteBuffer bytes, int expected) {
        ByteBuffer read = bytes.duplicate().flip();
        crc.update(read);
        return (int) crc.getValue() == expected;
    }

    private static int readFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer);
            if (read < 0) {
                break;
            }
            total += read;
        }
        return total;
    }

    private TreeMap<Long, Path> generations() {
        TreeMap<Long, Path> files = new TreeMap<>();
        try (DirectoryStream<Path> journal = Files.newDirectoryStream(directory, PREFIX + "*")) {
            for (Path file : journal) {
                try {
                    files.put(Long.parseLong(file.getFileName().toString().substring(PREFIX.length())), file);
                } catch (NumberFormatException notOurs) {
                    // another file whose name happens to start the same way
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The event journal in " + directory + " could not be listed", e);
        }
        return files;
    }

    private Path fileOf(long journalGeneration) {
        return directory.resolve(PREFIX + journalGeneration);
    }

    /** A new file, whose name is forced to disk with the directory so that a power cut cannot lose the file itself. */
    private FileChannel open(long journalGeneration) {
        try {
            FileChannel channel = FileChannel.open(fileOf(journalGeneration), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
                folder.force(true);
            } catch (IOException | UnsupportedOperationException e) {
                // not every file system lets a directory be forced; the file's contents still are
            }
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("The event journal in " + directory + " could not be opened", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            log.warn("An event journal file could not be closed", e);
        }
    }
}
