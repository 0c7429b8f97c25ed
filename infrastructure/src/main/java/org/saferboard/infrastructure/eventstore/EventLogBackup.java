package org.saferboard.infrastructure.eventstore;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.RenameCollectionOptions;
import com.mongodb.client.model.ReplaceOptions;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonParseException;
import org.bson.json.JsonWriterSettings;
import org.saferboard.infrastructure.durability.Durability;
import org.saferboard.infrastructure.mongo.Collections;

/**
 * The whole event log as gzip-compressed NDJSON, and back. The first line names the backup and the
 * index it goes up to, every following line is one stored event exactly as stored (MongoDB's canonical
 * extended JSON, which keeps every number's type), with its link of the hash chain, in global order,
 * and the last line counts them; a file without that line was cut short.
 *
 * <p>A backup covers the chain up to its head when the backup starts: a consistent prefix of a log
 * that may be written to meanwhile, since every event up to the head is complete and visible. It reads
 * a batch at a time, so its memory does not grow with the log. A restore goes into an empty event
 * log only, checks every line's link before it is kept, writes into a staging collection and puts
 * that in place in one rename only once the whole file has been checked, so a bad file leaves
 * nothing behind.
 */
public class EventLogBackup {

    static final String FORMAT = "saferboard-event-log";
    static final int FORMAT_VERSION = 1;
    static final String STAGING = "events_restoring";
    /** Restored events inserted at a time. */
    private static final int INSERTED_AT_A_TIME = 1_000;
    private static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private final MongoDatabase database;
    private final EventChain chain;
    private final Durability durability;
    private final Clock clock;

    public EventLogBackup(MongoDatabase database, EventChain chain, Durability durability, Clock clock) {
        this.database = database;
        this.chain = chain;
        this.durability = durability;
        this.clock = clock;
    }

    /** What a backup holds: its events and the chain's head at its last. */
    public record BackupSummary(long events, long upToIndex, String head) {
    }

    /** The index and hash a backup started from would cover: the chain's head, after chaining what is stored. */
    public EventChain.ChainHead headToBackUp() {
        chain.extend();
        return chain.head().orElse(new EventChain.ChainHead(0, ChainLinks.GENESIS, null, ChainLinks.GENESIS, false));
    }

    /** Writes the backup of the log up to the given head (see {@link #headToBackUp()}), gzip-compressed. */
    public BackupSummary write(EventChain.ChainHead upTo, OutputStream target, Consumer<Long> progress) {
        MongoCollection<Document> events = database.getCollection(GlobalSequenceEventStorageEngine.EVENTS);
        long count = 0;
        try {
            GZIPOutputStream gzip = new GZIPOutputStream(target, 64 * 1024);
            Writer lines = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), 64 * 1024);
            writeLine(lines, new Document("format", FORMAT).append("version", FORMAT_VERSION).append("upToIndex", upTo.index())
                    .append("head", upTo.hash()).append("createdAt", clock.instant().toString()));
            for (LogInOrder.Batch batch : LogInOrder.batches(events, 1, upTo.index())) {
                for (Document event : batch.events()) {
                    // only chained events: an incomplete append inside the range is not part of the log
                    if (event.get(EventChain.CHAIN) != null) {
                        writeLine(lines, event);
                        count++;
                    }
                }
                progress.accept(count);
            }
            writeLine(lines, new Document("end", true).append("events", count).append("upToIndex", upTo.index())
                    .append("head", upTo.hash()));
            lines.flush();
            gzip.finish();
            target.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written: " + e.getMessage(), e);
        }
        return new BackupSummary(count, upTo.index(), upTo.hash());
    }

    private static void writeLine(Writer lines, Document document) throws IOException {
        lines.write(document.toJson(EXACT));
        lines.write('\n');
    }

    /** A restore refused: why, and at which line of the file (0 when not a line's fault). */
    public static class RestoreRefused extends RuntimeException {

        private final long line;

        RestoreRefused(long line, String message) {
            super(line > 0 ? "Line " + line + " of the backup: " + message : message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    public record RestoreSummary(long events, long upToIndex, String head) {
    }

    /**
     * Restores a backup into an empty event log, checking every line's link of the chain.
     *
     * @throws RestoreRefused when the event log is not empty, or the file is damaged, cut short or altered;
     *         nothing is then left of it
     */
    public RestoreSummary restore(InputStream source, Consumer<Long> progress) {
        MongoCollection<Document> events = database.getCollection(GlobalSequenceEventStorageEngine.EVENTS);
        if (events.find().limit(1).first() != null) {
            throw new RestoreRefused(0, "the event log already holds events; a backup is restored only into an empty"
                    + " database, so that nothing recorded is overwritten. Start SaferBoard on a new data directory"
                    + " (or an empty MongoDB database) and restore there");
        }
        // what a restore cut short by a crash left there
        Collections.dropIfPresent(database, List.of(STAGING));
        MongoCollection<Document> staging = database.getCollection(STAGING);
        staging.createIndex(Indexes.ascending(GlobalSequenceEventStorageEngine.GLOBAL_INDEX), new IndexOptions().unique(true));
        staging.createIndex(Indexes.ascending(GlobalSequenceEventStorageEngine.EVENT_IDENTIFIER), new IndexOptions().unique(true));
        RestoreSummary summary;
        try {
            summary = readInto(staging, source, progress);
        } catch (RuntimeException e) {
            staging.drop();
            throw e;
        }
        if (events.find().limit(1).first() != null) {
            staging.drop();
            throw new RestoreRefused(0, "events were recorded while the backup was being restored; nothing was restored");
        }
        staging.renameCollection(events.getNamespace(), new RenameCollectionOptions().dropTarget(true));
        // the head first: a chain keeper that sees the new global index finds the chain complete
        chain.restoredUpTo(summary.upToIndex());
        database.getCollection(GlobalSequenceEventStorageEngine.SEQUENCES).replaceOne(
                eq("_id", GlobalSequenceEventStorageEngine.GLOBAL_INDEX_SEQUENCE),
                new Document("_id", GlobalSequenceEventStorageEngine.GLOBAL_INDEX_SEQUENCE)
                        .append(GlobalSequenceEventStorageEngine.SEQUENCE_VALUE, summary.upToIndex()),
                new ReplaceOptions().upsert(true));
        durability.awaitDurable();
        return summary;
    }

    private RestoreSummary readInto(MongoCollection<Document> staging, InputStream source, Consumer<Long> progress) {
        long line = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(source, 64 * 1024),
                StandardCharsets.UTF_8), 64 * 1024)) {
            Document header = parse(lines.readLine(), ++line);
            if (header == null || !FORMAT.equals(header.getString("format"))) {
                throw new RestoreRefused(line, "this is not a SaferBoard event log backup (its first line does not name the format)");
            }
            if (!Integer.valueOf(FORMAT_VERSION).equals(header.getInteger("version"))) {
                throw new RestoreRefused(line, "a backup of format version " + header.get("version")
                        + " is not one this version of SaferBoard reads");
            }
            String hash = ChainLinks.GENESIS;
            long previousIndex = 0;
            long count = 0;
            List<Document> batch = new ArrayList<>(INSERTED_AT_A_TIME);
            while (true) {
                String text = lines.readLine();
                line++;
                if (text == null) {
                    throw new RestoreRefused(line, "the file ends before its last line: it was cut short");
                }
                Document document = parse(text, line);
                if (Boolean.TRUE.equals(document.getBoolean("end"))) {
                    checkEnd(document, line, count, previousIndex, hash, header);
                    break;
                }
                Document link = document.get(EventChain.CHAIN, Document.class);
                Long index = document.getLong(GlobalSequenceEventStorageEngine.GLOBAL_INDEX);
                if (link == null || index == null) {
                    throw new RestoreRefused(line, "an event without its global index or its link of the chain");
                }
                long chainedAfter = link.getLong(EventChain.PREVIOUS_INDEX);
                if (index > previousIndex && chainedAfter > previousIndex && link.getLong(EventChain.CHAIN_INDEX) == index.longValue()) {
                    throw new RestoreRefused(line, "the event at index " + chainedAfter + " is missing: the event at index " + index
                            + " follows it on the chain");
                }
                if (index <= previousIndex || chainedAfter != previousIndex || link.getLong(EventChain.CHAIN_INDEX) != index.longValue()) {
                    throw new RestoreRefused(line, "the event at index " + index + " does not follow the event before it"
                            + " (index " + previousIndex + "): events are out of order");
                }
                String expected = ChainLinks.linkHash(hash, index, document);
                if (!expected.equals(link.getString(EventChain.CHAIN_HASH))) {
                    throw new RestoreRefused(line, "the event at index " + index + " (" + document.getString(
                            GlobalSequenceEventStorageEngine.EVENT_IDENTIFIER) + ") is not what was chained: it was altered");
                }
                hash = expected;
                previousIndex = index;
                batch.add(document);
                count++;
                if (batch.size() == INSERTED_AT_A_TIME) {
                    staging.insertMany(batch, new InsertManyOptions().ordered(true));
                    batch.clear();
                    progress.accept(count);
                }
            }
            if (!batch.isEmpty()) {
                staging.insertMany(batch, new InsertManyOptions().ordered(true));
            }
            if (lines.readLine() != null) {
                throw new RestoreRefused(line + 1, "there is more after the backup's last line");
            }
            progress.accept(count);
            return new RestoreSummary(count, header.getLong("upToIndex"), hash);
        } catch (EOFException | ZipException e) {
            throw new RestoreRefused(line, "the file is damaged or cut short (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be read: " + e.getMessage(), e);
        }
    }

    private static void checkEnd(Document end, long line, long count, long lastIndex, String hash, Document header) {
        if (!Long.valueOf(count).equals(end.getLong("events")) || !hash.equals(end.getString("head"))
                || !Long.valueOf(lastIndex).equals(header.getLong("upToIndex")) || !hash.equals(header.getString("head"))) {
            throw new RestoreRefused(line, "the backup's last line says " + end.get("events") + " events up to head "
                    + end.getString("head") + ", but the file holds " + count + " events up to index " + lastIndex
                    + " with head " + hash);
        }
    }

    private static Document parse(String text, long line) {
        if (text == null) {
            throw new RestoreRefused(line, "the file is empty");
        }
        try {
            return Document.parse(text);
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new RestoreRefused(line, "not a line of JSON (" + e.getMessage() + ")");
        }
    }
}
