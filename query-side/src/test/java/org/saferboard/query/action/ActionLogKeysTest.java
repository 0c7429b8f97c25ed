package org.saferboard.query.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
import org.saferboard.api.action.queries.FindActions;
import org.saferboard.api.action.views.ActionLogPage;
import org.saferboard.api.action.views.ActionSummary;
import org.saferboard.testing.TestMongo;

/**
 * The action log read from its exact-key documents answers every filter, order and page exactly as
 * the same log read by ordinary queries, over a random history handled in batches, some delivered twice.
 */
class ActionLogKeysTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final List<String> OWNERS = List.of("Chris Barratt", "Rik Basra", "Sian Walls", "A & B=C:D", "Ann Smith");
    private static final List<String> AGENCIES = List.of("Leicestershire Police", "Leicestershire County Council", "Rutland County Council");
    private static final List<String> MEETINGS = List.of("m-2015-03-19", "m-2015-06-18");
    private static final List<String> REVIEWS = List.of("dhr-mary", "dhr-john");

    private MongoDatabase keyedDatabase;
    private ActionLogProjection keyed;
    private ActionLogProjection queried;
    private final Map<String, Long> versions = new HashMap<>();
    private final List<String> actionIds = new ArrayList<>();

    @BeforeEach
    void setUp() {
        keyedDatabase = TestMongo.newDatabase();
        MongoDatabase queriedDatabase = TestMongo.newDatabase();
        // parts of 3: the random history's days grow into several parts, and shrink back, many times
        keyed = new ActionLogProjection(keyedDatabase, CLOCK, processingGroup -> { }, ActionLogReads.EXACT_KEYS, 3);
        queried = new ActionLogProjection(queriedDatabase, CLOCK, processingGroup -> { }, ActionLogReads.COMPOUND_INDEXES);
    }

    @Test
    void everyFilterOrderAndPageMatchesTheOrdinaryQuery() {
        Random random = new Random(20260310);
        List<Consumer<ActionLogProjection>> batch = new ArrayList<>();
        for (int step = 0; step < 900; step++) {
            batch.add(randomEvent(random));
            if (batch.size() == 1 + random.nextInt(25)) {
                handleInBatch(batch, random.nextInt(4) == 0);
                batch = new ArrayList<>();
            }
        }
        handleInBatch(batch, true);

        int compared = 0;
        for (ActionStatus status : withNull(ActionStatus.values())) {
            for (Boolean overdue : new Boolean[] {null, true, false}) {
                for (FindActions.DueDateOrder order : FindActions.DueDateOrder.values()) {
                    for (int page = 0; page < 3; page++) {
                        int size = 1 + random.nextInt(30);
                        compared += compare(new FindActions(status, null, null, null, null, null, overdue, order, page, size));
                        compared += compare(new FindActions(status, pick(random, OWNERS), null, null, null, null, overdue, order, page, size));
                        compared += compare(new FindActions(status, null, pick(random, AGENCIES), null, null, null, overdue, order, page, size));
                        compared += compare(new FindActions(status, pick(random, OWNERS), pick(random, AGENCIES), null, null, null, overdue,
                                order, page, size));
                        compared += compare(new FindActions(status, null, null, pick(random, List.of(SourceKind.values())), null, null,
                                overdue, order, page, size));
                        compared += compare(new FindActions(status, null, null, SourceKind.MEETING_MINUTE, null, pick(random, MEETINGS),
                                overdue, order, page, size));
                        compared += compare(new FindActions(status, null, pick(random, AGENCIES), SourceKind.DHR, pick(random, REVIEWS),
                                null, overdue, order, page, size));
                    }
                }
            }
        }
        assertThat(compared).as("queries whose page held actions").isGreaterThan(200);
    }

    @Test
    void aDayManyActionsShareIsKeptInPartsThatSplitAsItGrowsAndJoinAsItShrinks() {
        LocalDate due = TODAY.plusDays(5);
        List<String> raised = new ArrayList<>();
        for (int action = 0; action < 40; action++) {
            String actionId = "busy-" + action;
            raised.add(actionId);
            versions.put(actionId, 0L);
            ActionRaised event = raised(actionId, OWNERS.get(action % 2), AGENCIES.get(0), due, new ActionSource(SourceKind.AD_HOC, "email"));
            handleInBatch(List.of(projection -> projection.on(event)), action % 5 == 0);
            compareTheDay();
        }
        assertThat(partsOfTheDay(due)).as("parts of the open actions' day at 40 actions").hasSize(16);

        for (String actionId : raised.subList(0, 38)) {
            long sequence = versions.merge(actionId, 1L, Long::sum);
            ActionCompleted event = new ActionCompleted(actionId, "done", null, NOW);
            handleInBatch(List.of(projection -> projection.on(event, sequence)), false);
            compareTheDay();
        }
        assertThat(partsOfTheDay(due)).as("parts of the open actions' day at 2 actions, former layouts deleted")
                .containsExactly(ActionLogKeys.dayId("status=OPEN", due, 1, 0));
    }

    private void compareTheDay() {
        for (ActionStatus status : withNull(ActionStatus.values())) {
            for (String owner : withNull(OWNERS.get(0), OWNERS.get(1))) {
                for (int page = 0; page < 3; page++) {
                    compare(new FindActions(status, owner, null, null, null, null, null, FindActions.DueDateOrder.EARLIEST_FIRST,
                            page, 7));
                }
            }
        }
    }

    private List<String> partsOfTheDay(LocalDate due) {
        List<String> ids = new ArrayList<>();
        String day = ActionLogKeys.dayId("status=OPEN", due, 1, 0);
        for (org.bson.Document part : keyedDatabase.getCollection(ActionLogProjection.KEYS_COLLECTION).find()) {
            String id = part.getString("_id");
            if (id.equals(day) || id.startsWith(day + "#")) {
                ids.add(id);
            }
        }
        return ids;
    }

    @Test
    void anActionMovesBetweenKeysAsItChanges() {
        keyed.on(raised("a-1", "Chris Barratt", AGENCIES.get(0), TODAY.minusDays(3), new ActionSource(SourceKind.AD_HOC, "email")));
        assertThat(ids(keyed.handle(overdueOf("Chris Barratt")))).containsExactly("a-1");

        keyed.on(new ActionReassigned("a-1", "Chris Barratt", AGENCIES.get(0), "Rik Basra", AGENCIES.get(1), "left", NOW), 1);
        keyed.on(new ActionDueDateRevised("a-1", TODAY.minusDays(3), TODAY.plusDays(9), "waiting", NOW), 2);
        assertThat(keyed.handle(overdueOf("Chris Barratt")).totalActions()).isZero();
        assertThat(ids(keyed.handle(new FindActions(ActionStatus.OPEN, "Rik Basra", AGENCIES.get(1), null, null, null, false,
                FindActions.DueDateOrder.EARLIEST_FIRST, 0, 10)))).containsExactly("a-1");

        keyed.on(new ActionCompleted("a-1", "done", null, NOW), 3);
        FindActions openOfAll = new FindActions(ActionStatus.OPEN, null, null, null, null, null, null,
                FindActions.DueDateOrder.EARLIEST_FIRST, 0, 10);
        assertThat(keyed.handle(openOfAll).totalActions()).isZero();
        keyed.on(new ActionReopened("a-1", "not done after all", NOW), 4);
        assertThat(ids(keyed.handle(openOfAll))).containsExactly("a-1");
    }

    private static FindActions overdueOf(String owner) {
        return new FindActions(null, owner, null, null, null, null, true, FindActions.DueDateOrder.EARLIEST_FIRST, 0, 10);
    }

    private int compare(FindActions query) {
        ActionLogPage fromKeys = keyed.handle(query);
        ActionLogPage fromQuery = queried.handle(query);
        assertThat(fromKeys.totalActions()).as("total of %s", query).isEqualTo(fromQuery.totalActions());
        assertThat(fromKeys.actions()).as("page of %s", query).isEqualTo(fromQuery.actions());
        return fromKeys.actions().isEmpty() ? 0 : 1;
    }

    /** Handles the events as a processor's batch does, in one unit of work; delivered twice if asked, as after a crash. */
    private void handleInBatch(List<Consumer<ActionLogProjection>> events, boolean deliveredTwice) {
        if (events.isEmpty()) {
            return;
        }
        for (ActionLogProjection projection : List.of(keyed, queried)) {
            for (int delivery = 0; delivery < (deliveredTwice ? 2 : 1); delivery++) {
                UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
                events.forEach(event -> event.accept(projection));
                batch.commit();
            }
        }
    }

    private Consumer<ActionLogProjection> randomEvent(Random random) {
        if (actionIds.isEmpty() || random.nextInt(3) == 0) {
            String actionId = "a-" + (actionIds.size() + 1);
            actionIds.add(actionId);
            versions.put(actionId, 0L);
            ActionSource source = switch (random.nextInt(3)) {
                case 0 -> new ActionSource(SourceKind.MEETING_MINUTE, "minute", pick(random, MEETINGS), 21, "b");
                case 1 -> ActionSource.review("DHR", pick(random, REVIEWS));
                default -> new ActionSource(SourceKind.AD_HOC, "email");
            };
            ActionRaised event = raised(actionId, pick(random, OWNERS), pick(random, AGENCIES), TODAY.plusDays(random.nextInt(40) - 20), source);
            return projection -> projection.on(event);
        }
        String actionId = pick(random, actionIds);
        long sequence = versions.merge(actionId, 1L, Long::sum);
        return switch (random.nextInt(7)) {
            case 0 -> {
                ActionReassigned event = new ActionReassigned(actionId, "before", "before", pick(random, OWNERS), pick(random, AGENCIES),
                        "moved", NOW);
                yield projection -> projection.on(event, sequence);
            }
            case 1 -> {
                ActionDueDateRevised event = new ActionDueDateRevised(actionId, TODAY, TODAY.plusDays(random.nextInt(40) - 20), "later", NOW);
                yield projection -> projection.on(event, sequence);
            }
            case 2 -> {
                ActionCompleted event = new ActionCompleted(actionId, "done", null, NOW);
                yield projection -> projection.on(event, sequence);
            }
            case 3 -> {
                ActionCancelled event = new ActionCancelled(actionId, "not needed", NOW);
                yield projection -> projection.on(event, sequence);
            }
            case 4 -> {
                ActionReopened event = new ActionReopened(actionId, "again", NOW);
                yield projection -> projection.on(event, sequence);
            }
            default -> {
                ActionProgressRecorded event = new ActionProgressRecorded(actionId, "progress", TODAY, NOW);
                yield projection -> projection.on(event, sequence);
            }
        };
    }

    private static ActionRaised raised(String actionId, String owner, String agency, LocalDate dueDate, ActionSource source) {
        return new ActionRaised(actionId, "Action " + actionId, null, owner, agency, dueDate, source, NOW);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    private static <T> List<T> withNull(T... values) {
        List<T> all = new ArrayList<>();
        all.add(null);
        all.addAll(List.of(values));
        return all;
    }

    private static List<String> ids(ActionLogPage page) {
        return page.actions().stream().map(ActionSummary::actionId).toList();
    }
}
