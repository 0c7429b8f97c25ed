package org.saferboard.infrastructure.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventJournalTest {

    private static final Document RAISED = new Document("_id", "a-1/0").append("globalIndex", 7L)
            .append("storedAt", new Date(1_434_620_000_000L)).append("payload", "{\"title\":\"Briefing\"}").append("commitId", null);
    private static final Document NOTED = new Document("_id", "a-1/1").append("globalIndex", 8L).append("payload", "{\"note\":\"x\"}");

    @TempDir
    Path directory;

    private final AtomicInteger storeCommits = new AtomicInteger();
    private final Durability store = new Durability() {
        @Override
        public void awaitDurable() {
            storeCommits.incrementAndGet();
        }

        @Override
        public long mark() {
            return 0;
        }

        @Override
        public boolean isDurable(long mark) {
            return true;
        }
    };

    private List<List<Document>> replayedAfterRestart() {
        List<List<Document>> replayed = new ArrayList<>();
        try (EventJournal restarted = new EventJournal(directory, store)) {
            restarted.replay(replayed::add);
        }
        return replayed;
    }

    @Test
    void everyAppendIsReplayedAfterARestartExactlyAsWritten() {
        try (EventJournal journal = new EventJournal(directory, store)) {
            journal.append(List.of(RAISED));
            journal.append(List.of(NOTED));
        }

        assertThat(replayedAfterRestart()).containsExactly(List.of(RAISED), List.of(NOTED));
    }

    @Test
    void aRecordCutShortByACrashAndWhatFollowsItAreIgnored() throws IOException {
        try (EventJournal journal = new EventJournal(directory, store)) {
            journal.append(List.of(RAISED));
            journal.append(List.of(NOTED));
        }
        Path file;
        try (var files = Files.list(directory)) {
            file = files.findFirst().orElseThrow();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 3);
        }

        assertThat(replayedAfterRestart()).containsExactly(List.of(RAISED));
    }

    @Test
    void aRecordWhoseBytesWereDamagedIsNotReplayed() throws IOException {
        try (EventJournal journal = new EventJournal(directory, store)) {
            journal.append(List.of(RAISED));
        }
        Path file;
        try (var files = Files.list(directory)) {
            file = files.findFirst().orElseThrow();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {42}), channel.size() - 5);
        }

        assertThat(replayedAfterRestart()).isEmpty();
    }

    @Test
    void rotatingCommitsTheStoreAndDropsTheAppendsItCovers() {
        try (EventJournal journal = new EventJournal(directory, store)) {
            journal.append(List.of(RAISED));
            journal.rotate();
            journal.append(List.of(NOTED));
        }

        assertThat(storeCommits.get()).isEqualTo(1);
        assertThat(replayedAfterRestart()).containsExactly(List.of(NOTED));
    }
}
