package org.saferboard.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A board's feed address holds an HMAC of the board's id that only the key's holder can make. */
class CalendarFeedsTest {

    private static final String KEY = "a-calendar-feed-key-of-32-characters!";
    private static final CalendarFeeds FEEDS = new CalendarFeeds(KEY);

    private static String token(String path) {
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".ics".length());
    }

    @Test
    void eachBoardHasItsOwnAddressWhichOpensOnlyItsFeed() {
        String lscsb = FEEDS.path("LSCSB").orElseThrow();
        String other = FEEDS.path("LLR SPB").orElseThrow();

        assertThat(lscsb).startsWith("/calendar-feeds/LSCSB/").endsWith(".ics");
        assertThat(other).startsWith("/calendar-feeds/LLR%20SPB/");
        assertThat(FEEDS.opens("LSCSB", token(lscsb))).isTrue();
        assertThat(FEEDS.opens("LSCSB", token(other))).as("another board's token").isFalse();
        assertThat(FEEDS.opens("LSCSB", token(lscsb).substring(1) + "A")).as("a changed token").isFalse();
        assertThat(FEEDS.opens("LSCSB", null)).isFalse();
        assertThat(new CalendarFeeds(KEY + "x").opens("LSCSB", token(lscsb))).as("after the key changed").isFalse();
    }

    @Test
    void withoutAKeyThereAreNoFeeds() {
        CalendarFeeds off = new CalendarFeeds("");

        assertThat(off.path("LSCSB")).isEmpty();
        assertThat(off.opens("LSCSB", token(FEEDS.path("LSCSB").orElseThrow()))).isFalse();
    }

    @Test
    void aShortKeyIsRefusedAtStart() {
        assertThatThrownBy(() -> new CalendarFeeds("too-short")).hasMessageContaining("at least 32 characters");
    }
}
