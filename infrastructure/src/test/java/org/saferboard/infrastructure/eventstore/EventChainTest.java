package org.saferboard.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saferboard.infrastructure.eventstore.EventStoreTestSupport.event;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.infrastructure.eventstore.EventChain.BrokenLink;
import org.saferboard.infrastructure.eventstore.EventChain.ChainHead;
import org.saferboard.infrastructure.eventstore.EventChain.ChainVerification;
import org.saferboard.infrastructure.eventstore.EventChain.RecordedHead;
import org.saferboard.testing.MutableClock;
import org.saferboard.testing.TestMongo;

class EventChainTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(Instant.parse("2015-06-18T10:00:00Z"));
    private MongoClient client;
    private MongoDatabase database;
    private MongoCollection<Document> events;
    private GlobalSequenceEventStorageEngine engine;
    private EventChain chain;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongo.uri());
        database = client.getDatabase(TestMongo.newDatabaseName());
        events = database.getCollection(GlobalSequenceEventStorageEngine.EVENTS);
        engine = EventStoreTestSupport.globalSequenceEngine(database, clock, GAP_TIMEOUT, 100);
        chain = new EventChain(database, GAP_TIMEOUT, clock, null);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private int stored;

    /** Notes on three actions, round in turn. */
    private void storeNotes(int count) {
        for (int i = stored; i < stored + count; i++) {
            engine.appendEvents(event("action-" + (i % 3), i / 3, "note " + i));
        }
        stored += count;
    }

    private ChainVerification verify(RecordedHead... heads) {
        return chain.verify(List.of(heads), verified -> { });
    }

    @Test
    void eventsStoredBeforeTheChainAreChainedInOrderAndVerify() {
        storeNotes(2_500);

        assertThat(chain.extend()).isEqualTo(2_500);
        assertThat(chain.extend()).isZero();

        ChainHead head = chain.head().orElseThrow();
        assertThat(head.index()).isEqualTo(2_500);
        ChainVerification verification = verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsVerified()).isEqualTo(2_500);
        assertThat(verification.summary()).isEqualTo("verified 2500 events, head " + head.hash() + " at index 2500");
        Document second = events.find(Filters.eq(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, 2L)).first();
        Document first = events.find(Filters.eq(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, 1L)).first();
        String firstHash = ChainLinks.linkHash(ChainLinks.GENESIS, 1, first);
        assertThat(first.get("chain", Document.class).getString("hash")).isEqualTo(firstHash);
        assertThat(second.get("chain", Document.class).getString("hash")).isEqualTo(ChainLinks.linkHash(firstHash, 2, second));
    }

    @Test
    void anEditedPayloadIsNamedWithItsIndexEventAndCase() {
        storeNotes(10);
        chain.extend();
        Document fifth = events.find(Filters.eq(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, 5L)).first();
        events.updateOne(Filters.eq("_id", fifth.get("_id")),
                Updates.set(GlobalSequenceEventStorageEngine.PAYLOAD, fifth.getString("payload").replace("note 4", "note 44")));

        ChainVerification verification = verify();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.eventsVerified()).isEqualTo(4);
        BrokenLink broken = verification.brokenLink();
        assertThat(broken.kind()).isEqualTo(BrokenLink.Kind.EDITED);
        assertThat(broken.index()).isEqualTo(5);
        assertThat(broken.eventId()).isEqualTo(fifth.getString("eventIdentifier"));
        assertThat(broken.caseId()).isEqualTo("action-1");
        assertThat(verification.summary()).startsWith("broken link at index 5 (event " + fifth.getString("eventIdentifier")
                + ", case action-1): edited");
    }

    @Test
    void aChangedActingUserInTheMetadataIsAnEdit() {
        storeNotes(3);
        chain.extend();
        events.updateOne(Filters.eq(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, 2L),
                Updates.set(GlobalSequenceEventStorageEngine.META_DATA, "{\"username\":\"someone-else\"}"));

        assertThat(verify().brokenLink().kind()).isEqualTo(BrokenLink.Kind.EDITED);
    }

    @Test
    void aDeletedEventIsNamedAsRemovedWithTheIdItHad() {
        storeNotes(10);
        chain.extend();
        Document seventh = events.find(Filters.eq(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, 7L)).first();
        events.deleteOne(Filters.eq("_id", seventh.get("_id")));

        BrokenLink broken = verify().brokenLink();

        assertThat(broken.kind()).isEqualTo(BrokenLink.Kind.REMOVED);
        assertThat(broken.index()).isEqualTo(7);
        assertThat(broken.eventId()).isEqualTo(seventh.getString("eventIdentifier"));
        assertThat(broken.caseId()).isEqualTo("action-0");
    }

    @Test
    void theDeletedNewestEventIsNamedAsRemoved() {
        storeNotes(4);
        chain.extend();
        Document newest = events.find(Filters.eq(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, 4L)).first();
        events.deleteOne(Filters.eq("_id", newest.get("_id")));

        BrokenLink broken = verify().brokenLink();

        assertThat(broken.kind()).isEqualTo(BrokenLink.Kind.REMOVED);
        assertThat(broken.index()).isEqualTo(4);
        assertThat(broken.eventId()).isEqualTo(newest.getString("eventIdentifier"));
    }

    @Test
    void twoSwappedEventsAreNamedAsReordered() {
        storeNotes(10);
        chain.extend();
        swapIndexes(3, 8);

        BrokenLink broken = verify().brokenLink();

        assertThat(broken.kind()).isEqualTo(BrokenLink.Kind.REORDERED);
        assertThat(broken.index()).isEqualTo(3);
        assertThat(broken.finding()).contains("was chained at index 8");
    }

    private void swapIndexes(long a, long b) {
        String index = GlobalSequenceEventStorageEngine.GLOBAL_INDEX;
        events.updateOne(Filters.eq(index, a), Updates.set(index, -1L));
        events.updateOne(Filters.eq(index, b), Updates.set(index, a));
        events.updateOne(Filters.eq(index, -1L), Updates.set(index, b));
    }

    @Test
    void anEventInsertedBehindTheApplicationsBackIsNamed() {
        storeNotes(5);
        chain.extend();
        Document copy = events.find(Filters.eq(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, 2L)).first();
        events.updateOne(Filters.eq(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, 2L),
                Updates.unset("chain"));

        BrokenLink broken = verify().brokenLink();

        assertThat(broken.kind()).isEqualTo(BrokenLink.Kind.INSERTED);
        assertThat(broken.index()).isEqualTo(2);
        assertThat(broken.eventId()).isEqualTo(copy.getString("eventIdentifier"));
    }

    @Test
    void recordedHeadsAreConfirmedOnTheChainAndARecomputedChainIsCaught() {
        storeNotes(6);
        chain.extend();
        ChainHead atSix = chain.head().orElseThrow();
        storeNotes(3);
        chain.extend();

        assertThat(verify(RecordedHead.parse(atSix.printed())).recordedHeads())
                .singleElement().satisfies(check -> assertThat(check.onChain()).isTrue());

        // someone with write access edits event 2 and recomputes the whole chain after it
        events.updateMany(Filters.exists("chain"), Updates.unset("chain"));
        database.getCollection(EventChain.HEADS).deleteMany(new Document());
        events.updateOne(Filters.eq(GlobalSequenceEventStorageEngine.GLOBAL_INDEX, 2L),
                Updates.set(GlobalSequenceEventStorageEngine.PAYLOAD, "{\"text\":\"rewritten\"}"));
        chain.extend();

        ChainVerification verification = verify(RecordedHead.parse(atSix.printed()));
        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenLink()).isNull();
        assertThat(verification.recordedHeads()).singleElement().satisfies(check -> {
            assertThat(check.onChain()).isFalse();
            assertThat(check.finding()).contains("not on the chain");
        });
        assertThat(verify(new RecordedHead(100, atSix.hash())).recordedHeads().get(0).finding())
                .isEqualTo("not confirmed: the chain does not reach that index");
    }

    @Test
    void withAKeyTheHeadIsAnHmacThatOnlyTheKeyConfirms() {
        byte[] key = "a chain key of at least thirty-two characters".getBytes(StandardCharsets.UTF_8);
        EventChain keyed = new EventChain(database, GAP_TIMEOUT, clock, key);
        storeNotes(3);
        keyed.extend();
        ChainHead head = keyed.head().orElseThrow();

        assertThat(head.anchor()).isNotEqualTo(head.hash()).isEqualTo(ChainLinks.anchor(key, 3, head.hash()));
        assertThat(head.printed()).isEqualTo("Event log head 3:" + head.anchor() + " (HMAC-SHA-256)");
        RecordedHead recorded = RecordedHead.parse(head.printed());
        assertThat(keyed.verify(List.of(recorded), verified -> { }).intact()).isTrue();
        assertThat(chain.verify(List.of(recorded), verified -> { }).intact()).isFalse();
    }

    @Test
    void theChainWaitsForAReservedIndexAndPassesOverItOnceItsWriterHasFailed() {
        storeNotes(2);
        long reserved = engine.reserveGlobalIndexes(1);
        storeNotes(2);

        assertThat(chain.extend()).isEqualTo(2);
        assertThat(chain.head().orElseThrow().index()).isEqualTo(2);

        clock.advance(GAP_TIMEOUT.plusSeconds(1));
        assertThat(chain.extend()).isEqualTo(2);
        assertThat(chain.head().orElseThrow().index()).isEqualTo(5);
        assertThat(reserved).isEqualTo(3);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void twoProcessesChainingAtOnceMakeOneChain() throws Exception {
        storeNotes(3_000);
        EventChain other = new EventChain(database, GAP_TIMEOUT, clock, null);

        CompletableFuture<Long> first = CompletableFuture.supplyAsync(chain::extend);
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(other::extend);
        first.get();
        second.get();

        assertThat(chain.head().orElseThrow().index()).isEqualTo(3_000);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aRecordedHeadIsWrittenAsPrinted() {
        assertThat(RecordedHead.parse("12:" + "ab".repeat(32))).isEqualTo(new RecordedHead(12, "ab".repeat(32)));
        assertThatThrownBy(() -> RecordedHead.parse("twelve:abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index:hash");
    }
}
