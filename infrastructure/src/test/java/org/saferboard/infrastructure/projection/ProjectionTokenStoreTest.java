package org.saferboard.infrastructure.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.AbstractTokenEntry;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.infrastructure.durability.Durability;
import org.saferboard.infrastructure.eventstore.AxonSerialization;
import org.saferboard.testing.MutableClock;
import org.saferboard.testing.TestMongo;

class ProjectionTokenStoreTest {

    private static final String PROCESSOR = "action-log";
    private static final int SEGMENT = 0;
    private static final Duration FORCED_COMMIT_INTERVAL = Duration.ofSeconds(1);
    private static final TrackingToken AT_10 = GapAwareTrackingToken.newInstance(10, List.of());
    private static final TrackingToken AT_20 = GapAwareTrackingToken.newInstance(20, List.of());
    private static final TrackingToken AT_30 = GapAwareTrackingToken.newInstance(30, List.of());

    /** A store whose commits the test makes: a mark is durable once a commit was made after it was taken. */
    private static final class CommitsByHand implements Durability {
        private long marks;
        private long durableUpTo;
        private int forced;

        void commit() {
            durableUpTo = marks;
        }

        @Override
        public void awaitDurable() {
            forced++;
            marks++;
            commit();
        }

        @Override
        public long mark() {
            return ++marks;
        }

        @Override
        public boolean isDurable(long mark) {
            return durableUpTo >= mark;
        }
    }

    private final CommitsByHand store = new CommitsByHand();
    private final MutableClock clock = new MutableClock(Instant.parse("2015-06-18T10:00:00Z"));
    private MongoDatabase database;
    private TokenStore axonTokens;
    private ProjectionTokenStore tokens;

    @BeforeEach
    void setUp() {
        database = TestMongo.newDatabase();
        axonTokens = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .serializer(AxonSerialization.serializer())
                .nodeId("this-node")
                .build();
        tokens = new ProjectionTokenStore(axonTokens, database, AxonSerialization.serializer(), store, FORCED_COMMIT_INTERVAL,
                clock);
        tokens.initializeTokenSegments(PROCESSOR, 1);
    }

    private TrackingToken storedToken() {
        return axonTokens.fetchToken(PROCESSOR, SEGMENT);
    }

    /** A new instance over the same store, as after a restart. */
    private ProjectionTokenStore restarted() {
        return new ProjectionTokenStore(axonTokens, database, AxonSerialization.serializer(), store, FORCED_COMMIT_INTERVAL,
                clock);
    }

    /**
     * axon-mongo counts a token write that changes nothing (the same token, stamped in the same
     * millisecond) as a claim lost to another node, which stops the processor for its claim interval:
     * a claim with nothing newer to store is extended, not written again.
     */
    @Test
    void aClaimWithNothingNewerToStoreIsKeptWithinOneMillisecond() {
        Clock tokenEntryClock = AbstractTokenEntry.clock;
        AbstractTokenEntry.clock = Clock.fixed(Instant.parse("2015-06-18T10:00:00Z"), ZoneOffset.UTC);
        try {
            tokens.fetchToken(PROCESSOR, SEGMENT);
            tokens.storeToken(AT_10, PROCESSOR, SEGMENT);
            store.commit();
            tokens.extendClaim(PROCESSOR, SEGMENT);

            tokens.extendClaim(PROCESSOR, SEGMENT);
            tokens.storeToken(AT_10, PROCESSOR, SEGMENT);
            tokens.extendClaim(PROCESSOR, SEGMENT);

            assertThat(axonTokens.fetchToken(PROCESSOR, SEGMENT)).isEqualTo(AT_10);
        } finally {
            AbstractTokenEntry.clock = tokenEntryClock;
        }
    }

    @Test
    void aTokenIsStoredOnlyOnceACommitHasCoveredTheWritesBeforeIt() {
        tokens.fetchToken(PROCESSOR, SEGMENT);

        tokens.storeToken(AT_10, PROCESSOR, SEGMENT);
        assertThat(storedToken()).as("no commit since its writes").isNull();

        store.commit();
        tokens.storeToken(AT_20, PROCESSOR, SEGMENT);
        assertThat(storedToken()).as("the newest token a commit covers").isEqualTo(AT_10);
        assertThat(store.forced).isZero();
    }

    @Test
    void aTokenThatWaitedLongerThanTheIntervalForcesACommit() {
        tokens.fetchToken(PROCESSOR, SEGMENT);
        tokens.storeToken(AT_10, PROCESSOR, SEGMENT);

        clock.advance(FORCED_COMMIT_INTERVAL);
        tokens.extendClaim(PROCESSOR, SEGMENT);

        assertThat(storedToken()).isEqualTo(AT_10);
        assertThat(store.forced).isEqualTo(1);
    }

    @Test
    void aTokenHandedOverInsideTheBatchIsMarkedOnlyWhenTheBatchCommits() {
        tokens.fetchToken(PROCESSOR, SEGMENT);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("an event"));
        tokens.storeToken(AT_10, PROCESSOR, SEGMENT);
        store.commit();
        batch.commit();

        tokens.extendClaim(PROCESSOR, SEGMENT);
        assertThat(storedToken()).as("the commit came before the batch's writes were done").isNull();

        store.commit();
        tokens.extendClaim(PROCESSOR, SEGMENT);
        assertThat(storedToken()).isEqualTo(AT_10);
    }

    @Test
    void aBatchRolledBackHandsNoTokenOver() {
        tokens.fetchToken(PROCESSOR, SEGMENT);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("an event"));
        tokens.storeToken(AT_10, PROCESSOR, SEGMENT);
        batch.rollback();

        store.commit();
        tokens.extendClaim(PROCESSOR, SEGMENT);
        assertThat(storedToken()).isNull();
    }

    @Test
    void releasingTheClaimStoresTheLastTokenDurably() {
        tokens.fetchToken(PROCESSOR, SEGMENT);
        tokens.storeToken(AT_10, PROCESSOR, SEGMENT);

        tokens.releaseClaim(PROCESSOR, SEGMENT);

        assertThat(storedToken()).isEqualTo(AT_10);
        assertThat(restarted().fetchToken(PROCESSOR, SEGMENT)).isEqualTo(AT_10);
    }

    @Test
    void aResetIsStoredAtOnce() {
        tokens.fetchToken(PROCESSOR, SEGMENT);
        tokens.storeToken(AT_20, PROCESSOR, SEGMENT);
        tokens.releaseClaim(PROCESSOR, SEGMENT);
        TrackingToken replay = ReplayToken.createReplayToken(tokens.fetchToken(PROCESSOR, SEGMENT), null);

        tokens.storeToken(replay, PROCESSOR, SEGMENT);

        assertThat(storedToken()).isEqualTo(replay);
    }

    @Test
    void aProcessorResumesFromItsTokenWhenItsCheckpointCoversIt() {
        tokens.fetchToken(PROCESSOR, SEGMENT);
        tokens.storeToken(AT_10, PROCESSOR, SEGMENT);
        store.commit();
        tokens.storeToken(AT_20, PROCESSOR, SEGMENT);

        assertThat(restarted().fetchToken(PROCESSOR, SEGMENT)).isEqualTo(AT_10);
    }

    @Test
    void aTokenFurtherOnThanItsCheckpointIsNotTrusted() {
        tokens.fetchToken(PROCESSOR, SEGMENT);
        tokens.releaseClaim(PROCESSOR, SEGMENT);
        tokens.storeToken(AT_10, PROCESSOR, SEGMENT);
        axonTokens.storeToken(AT_30, PROCESSOR, SEGMENT);

        assertThat(restarted().fetchToken(PROCESSOR, SEGMENT)).isEqualTo(AT_10);
    }

    @Test
    void aTokenWithoutACheckpointRestartsItsReadModelCheckFromTheStartOfTheLog() {
        database.getCollection(ProjectionTokenStore.CHECKPOINTS).drop();
        axonTokens.storeToken(AT_20, PROCESSOR, SEGMENT);

        assertThat(restarted().fetchToken(PROCESSOR, SEGMENT)).isNull();
    }

    @Test
    void aReadModelClearedForARebuildIsRebuiltEvenWhenItsNewTokenIsLost() {
        tokens.storeToken(AT_20, PROCESSOR, SEGMENT);

        tokens.rebuildingFromStart(PROCESSOR);

        assertThat(restarted().fetchToken(PROCESSOR, SEGMENT)).isNull();
    }

    @Test
    void aNewProcessorStartsAtItsInitialToken() {
        tokens.initializeTokenSegments("meeting-view", 1, AT_10);

        assertThat(tokens.fetchToken("meeting-view", SEGMENT)).isEqualTo(AT_10);
    }
}
