package org.saferboard.infrastructure.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.saferboard.testing.MutableClock;
import org.saferboard.testing.TestMongo;

class ProcessingNodesTest {

    /** Long enough that only the test's own calls beat. */
    private static final Duration HEARTBEAT = Duration.ofHours(1);
    private static final Duration EXPIRY = Duration.ofHours(3);

    private final MongoDatabase database = TestMongo.newDatabase();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final ProcessingNodes first = new ProcessingNodes(database, "first", HEARTBEAT, EXPIRY, clock);
    private final ProcessingNodes second = new ProcessingNodes(database, "second", HEARTBEAT, EXPIRY, clock);

    @AfterEach
    void stop() {
        first.destroy();
        second.destroy();
    }

    @Test
    void aProcessAloneHoldsEverySegment() {
        assertThat(first.fairShare("audit-trail", () -> 4)).isEqualTo(4);
        assertThat(first.othersAlive()).isZero();
    }

    @Test
    void twoLiveProcessesShareTheSegmentsRoundedUpSoThatEachHasAHolder() {
        first.fairShare("audit-trail", () -> 4);
        second.fairShare("audit-trail", () -> 4);
        first.beat();

        assertThat(first.liveNodes()).isEqualTo(2);
        assertThat(first.fairShare("audit-trail", () -> 4)).isEqualTo(2);
        assertThat(first.fairShare("meeting-view", () -> 3)).as("3 segments between 2").isEqualTo(2);
        assertThat(first.othersAlive()).isEqualTo(1);
    }

    @Test
    void aProcessThatStopsLeavesItsShareToTheOthersAtOnce() {
        first.fairShare("audit-trail", () -> 4);
        second.fairShare("audit-trail", () -> 4);
        second.destroy();
        first.beat();

        assertThat(first.fairShare("audit-trail", () -> 4)).isEqualTo(4);
        assertThat(first.othersAlive()).isZero();
    }

    @Test
    void aProcessNotSeenForTheExpiryNoLongerCountsAndIsForgotten() {
        first.fairShare("audit-trail", () -> 4);
        second.fairShare("audit-trail", () -> 4);

        clock.advance(EXPIRY.minusMinutes(1));
        first.beat();
        assertThat(first.fairShare("audit-trail", () -> 4)).as("seen just within the expiry").isEqualTo(2);

        clock.advance(Duration.ofMinutes(2));
        first.beat();
        assertThat(first.fairShare("audit-trail", () -> 4)).isEqualTo(4);
        assertThat(database.getCollection(ProcessingNodes.COLLECTION).countDocuments()).as("processes listed").isEqualTo(1);
    }

    @Test
    void segmentsNotYetInitialisedAreAllClaimable() {
        assertThat(first.fairShare("review-view", () -> 0)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aProcessCountsOnlyOnceOneOfItsProcessorsAsksForItsShare() {
        assertThat(second.othersAlive()).isZero();
        first.fairShare("audit-trail", () -> 4);
        assertThat(second.othersAlive()).isEqualTo(1);
    }

    @Test
    void anExpiryShorterThanTwoHeartbeatsIsRefused() {
        assertThatThrownBy(() -> new ProcessingNodes(database, "third", Duration.ofSeconds(2), Duration.ofSeconds(3), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node-expiry");
    }
}
