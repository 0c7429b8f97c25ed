package org.saferboard.query.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.events.ActionCancelled;
import org.saferboard.api.action.events.ActionCompleted;
import org.saferboard.api.action.events.ActionDueDateRevised;
import org.saferboard.api.action.events.ActionProgressRecorded;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.action.events.ActionReassigned;
import org.saferboard.api.action.events.ActionReopened;
import org.saferboard.api.action.events.ActionWordingCorrected;
import org.saferboard.api.action.queries.FindAction;
import org.saferboard.api.action.queries.FindActionHistory;
import org.saferboard.api.action.queries.FindActions;
import org.saferboard.api.action.views.ActionDetails;
import org.saferboard.api.action.views.ActionHistoryEntry;
import org.saferboard.api.action.views.ActionHistoryPage;
import org.saferboard.api.action.views.ActionLogPage;
import org.saferboard.api.action.views.ActionSummary;
import org.saferboard.testing.TestMongo;

class ActionLogProjectionTest {

    /** 23:30 UTC on 17 September 2015 is already the 18th in Europe/London. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2015-09-17T23:30:00Z"), ZoneOffset.UTC);
    private static final Instant AT = Instant.parse("2015-06-18T10:00:00Z");
    private static final ActionSource MINUTE_21 = new ActionSource(SourceKind.MEETING_MINUTE, "LSCSB 19 March 2015, minute 21");
    private static final ActionSource MARY = ActionSource.review("DHR 'Mary'", "dhr-mary");
    private static final ActionRaised FUNDING = new ActionRaised("a-funding", "Confirm the funding situation", "Paragraph 22",
            "James Fox", "Leicestershire County Council", LocalDate.of(2015, 9, 17), MINUTE_21, AT);
    private static final ActionRaised STATISTICS = new ActionRaised("a-stats", "Provide DV statistics to Cllr Bokor", null,
            "James Fox", "Leicestershire County Council", LocalDate.of(2015, 9, 18), MINUTE_21, AT);
    private static final ActionRaised MARY_ACTIONS = new ActionRaised("a-mary", "Confirm all 'Mary' DHR actions are complete",
            null, "Superintendent Sian Walls", "Leicestershire Police", LocalDate.of(2015, 6, 1), MARY, AT);

    private MongoDatabase database;
    private ActionLogProjection projection;

    @BeforeEach
    void setUp() {
        database = TestMongo.newDatabase();
        projection = new ActionLogProjection(database, CLOCK, processingGroup -> { }, ActionLogReads.EXACT_KEYS);
    }

    private void feedStory() {
        projection.on(FUNDING);
        projection.on(new ActionProgressRecorded("a-funding", "Awaiting OPCC reply", LocalDate.of(2015, 7, 1), AT), 1);
        projection.on(new ActionDueDateRevised("a-funding", LocalDate.of(2015, 9, 17), LocalDate.of(2015, 12, 10),
                "OPCC budget not set", AT), 2);
        projection.on(new ActionReassigned("a-funding", "James Fox", "Leicestershire County Council", "Rik Basra",
                "Leicestershire County Council", "James has left", AT), 3);
        projection.on(STATISTICS);
        projection.on(new ActionCompleted("a-stats", "Statistics sent", "Email of 1 July", AT), 1);
        projection.on(MARY_ACTIONS);
    }

    private ActionLogPage find(ActionStatus status, String owner, SourceKind source, Boolean overdue) {
        return projection.handle(new FindActions(status, owner, null, source, null, null, overdue,
                FindActions.DueDateOrder.EARLIEST_FIRST, 0, 50));
    }

    private static List<String> ids(ActionLogPage page) {
        return page.actions().stream().map(ActionSummary::actionId).toList();
    }

    @Test
    void projectsCurrentStateAndFullHistory() {
        feedStory();

        ActionDetails funding = projection.handle(new FindAction("a-funding")).orElseThrow();

        assertThat(funding.ownerName()).isEqualTo("Rik Basra");
        assertThat(funding.dueDate()).isEqualTo(LocalDate.of(2015, 12, 10));
        assertThat(funding.dueDateRevisions()).isEqualTo(1);
        assertThat(funding.version()).isEqualTo(4);
        assertThat(funding.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(funding.history()).extracting(ActionHistoryEntry::change).containsExactly(
                "ActionRaised", "ActionProgressRecorded", "ActionDueDateRevised", "ActionReassigned");
        assertThat(funding.history().get(2).details()).containsExactly(
                Map.entry("previousDueDate", "2015-09-17"), Map.entry("dueDate", "2015-12-10"),
                Map.entry("reason", "OPCC budget not set"));
    }

    @Test
    void aCorrectedWordingIsShownEverywhereTheLogShowsTheActionAndKeptInItsHistory() {
        feedStory();
        projection.on(new ActionWordingCorrected("a-stats", STATISTICS.title(), "Provide DV statistics by District", "By District",
                AT), 2);

        ActionDetails stats = projection.handle(new FindAction("a-stats")).orElseThrow();
        assertThat(stats.title()).isEqualTo("Provide DV statistics by District");
        assertThat(stats.history().get(2).details()).containsExactly(Map.entry("previousTitle", STATISTICS.title()),
                Map.entry("title", "Provide DV statistics by District"), Map.entry("reason", "By District"));
        assertThat(projection.actionsByIds(List.of("a-stats")).values()).extracting(ActionSummary::title)
                .containsExactly("Provide DV statistics by District");
    }

    @Test
    void aHistoryEntryLostInACrashIsWrittenAgainWhenItsEventIsDeliveredAgain() {
        feedStory();
        ActionDetails before = projection.handle(new FindAction("a-funding")).orElseThrow();
        database.getCollection(ActionLogProjection.HISTORY_COLLECTION).deleteOne(Filters.eq("_id", "a-funding/3"));

        feedStory();

        assertThat(projection.handle(new FindAction("a-funding")).orElseThrow()).isEqualTo(before);
    }

    @Test
    void theHistoryIsReadPageByPageOldestFirst() {
        projection.on(STATISTICS);
        for (long sequence = 1; sequence <= 120; sequence++) {
            projection.on(new ActionProgressRecorded("a-stats", "Chased " + sequence, LocalDate.of(2015, 7, 1), AT), sequence);
        }

        ActionDetails action = projection.handle(new FindAction("a-stats")).orElseThrow();
        ActionHistoryPage second = projection.handle(new FindActionHistory("a-stats", 1, 50)).orElseThrow();
        ActionHistoryPage last = projection.handle(new FindActionHistory("a-stats", 2, 50)).orElseThrow();

        assertThat(action.historyCount()).isEqualTo(121);
        assertThat(action.history()).hasSize(ActionDetails.HISTORY_SHOWN);
        assertThat(action.history().get(0).version()).isEqualTo(72);
        assertThat(action.history().get(49).details()).containsEntry("note", "Chased 120");
        assertThat(second.entries()).extracting(ActionHistoryEntry::version).first().isEqualTo(51L);
        assertThat(second.total()).isEqualTo(121);
        assertThat(last.entries()).hasSize(21);
        assertThat(projection.handle(new FindActionHistory("a-stats", 3, 50)).orElseThrow().entries()).isEmpty();
        assertThat(projection.handle(new FindActionHistory("no-such-action", 0, 50))).isEmpty();
    }

    @Test
    void feedingTheSameEventsTwiceChangesNothing() {
        feedStory();
        ActionDetails once = projection.handle(new FindAction("a-funding")).orElseThrow();
        ActionLogPage logOnce = find(null, null, null, null);

        feedStory();

        assertThat(projection.handle(new FindAction("a-funding")).orElseThrow()).isEqualTo(once);
        assertThat(find(null, null, null, null)).isEqualTo(logOnce);
        assertThat(once.history()).hasSize(4);
        assertThat(once.dueDateRevisions()).isEqualTo(1);
    }

    @Test
    void anEventOlderThanTheDocumentIsIgnored() {
        feedStory();

        projection.on(new ActionCompleted("a-funding", "Replayed out of order", null, AT), 1);

        ActionDetails funding = projection.handle(new FindAction("a-funding")).orElseThrow();
        assertThat(funding.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(funding.history()).hasSize(4);
    }

    @Test
    void overdueIsOpenAndDueBeforeTodayInLondon() {
        feedStory();

        // today in London is 2015-09-18: 'a-mary' (due 1 June) is overdue, 'a-stats' is complete,
        // 'a-funding' was revised to December
        assertThat(ids(find(null, null, null, true))).containsExactly("a-mary");
        assertThat(ids(find(null, null, null, false))).containsExactly("a-stats", "a-funding");
        assertThat(projection.handle(new FindAction("a-mary")).orElseThrow().overdue()).isTrue();
    }

    @Test
    void dueTodayIsNotOverdue() {
        projection.on(STATISTICS);

        assertThat(ids(find(null, null, null, true))).isEmpty();
    }

    @Test
    void filtersByStatusOwnerSourceAndReview() {
        feedStory();

        assertThat(ids(find(ActionStatus.COMPLETED, null, null, null))).containsExactly("a-stats");
        assertThat(ids(find(null, "Rik Basra", null, null))).containsExactly("a-funding");
        assertThat(ids(find(null, null, SourceKind.DHR, null))).containsExactly("a-mary");
        assertThat(ids(projection.handle(new FindActions(ActionStatus.OPEN, null, "Leicestershire County Council", null, null, null,
                null, FindActions.DueDateOrder.EARLIEST_FIRST, 0, 50)))).containsExactly("a-funding");
        ActionLogPage ofMary = projection.handle(new FindActions(null, null, null, null, "dhr-mary", null, null,
                FindActions.DueDateOrder.EARLIEST_FIRST, 0, 50));
        assertThat(ids(ofMary)).containsExactly("a-mary");
        assertThat(ofMary.actions().get(0).source().reviewId()).isEqualTo("dhr-mary");
    }

    @Test
    void sortsByDueDateAndPages() {
        feedStory();

        ActionLogPage latestFirst = projection.handle(new FindActions(null, null, null, null, null, null, null,
                FindActions.DueDateOrder.LATEST_FIRST, 0, 2));
        ActionLogPage secondPage = projection.handle(new FindActions(null, null, null, null, null, null, null,
                FindActions.DueDateOrder.LATEST_FIRST, 1, 2));

        assertThat(ids(latestFirst)).containsExactly("a-funding", "a-stats");
        assertThat(ids(secondPage)).containsExactly("a-mary");
        assertThat(latestFirst.totalActions()).isEqualTo(3);
    }

    @Test
    void reopeningClearsOutcomeAndCancellingCloses() {
        projection.on(STATISTICS);
        projection.on(new ActionCompleted("a-stats", "Statistics sent", null, AT), 1);
        projection.on(new ActionReopened("a-stats", "Districts missing", AT), 2);
        assertThat(projection.handle(new FindAction("a-stats")).orElseThrow().outcome()).isNull();

        projection.on(new ActionCancelled("a-stats", "Superseded", AT), 3);

        ActionDetails statistics = projection.handle(new FindAction("a-stats")).orElseThrow();
        assertThat(statistics.status()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(statistics.version()).isEqualTo(4);
    }

    @Test
    void resetEmptiesTheLogForAReplay() {
        feedStory();

        projection.reset();

        assertThat(find(null, null, null, null).totalActions()).isZero();
        assertThat(projection.versionOf("a-funding")).isZero();
    }

    @Test
    void unknownActionIsAbsent() {
        assertThat(projection.handle(new FindAction("missing"))).isEmpty();
        assertThat(projection.versionOf("missing")).isZero();
    }
}
