package org.saferboard.query.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.events.ActionCompleted;
import org.saferboard.api.action.events.ActionEvent;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.action.events.ActionReopened;
import org.saferboard.api.action.events.ActionState;
import org.saferboard.api.action.queries.FindActions;
import org.saferboard.api.action.views.ActionDetails;
import org.saferboard.api.action.views.ActionHistoryEntry;
import org.saferboard.api.action.views.ActionLogPage;
import org.saferboard.api.action.views.ActionSummary;
import org.saferboard.infrastructure.eventstore.CaseHistories;
import org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * Actions as they stood at a position of the event log: folded from the events stored up to it
 * through {@link ActionState}, the rules the aggregate and the action log use, never read from
 * today's read model. Overdue and RAG are judged on the business date of the instant asked for, as
 * the board saw them then.
 */
@Component
public class ActionsAsAt {

    /** The kind of case, as the event log stores it. */
    static final String AGGREGATE_TYPE = "Action";

    private final GlobalSequenceEventStorageEngine eventLog;
    private final CaseHistories histories;

    public ActionsAsAt(GlobalSequenceEventStorageEngine eventLog, CaseHistories histories) {
        this.eventLog = eventLog;
        this.histories = histories;
    }

    /** One action as it stood, with its history then; empty when it had not been raised. */
    public Optional<ActionDetails> action(String actionId, long position, LocalDate on) {
        Folded folded = new Folded(actionId);
        histories.upTo(actionId, position).forEach(folded::apply);
        if (folded.state == null) {
            return Optional.empty();
        }
        List<ActionHistoryEntry> newest = folded.history.subList(Math.max(0, folded.history.size() - ActionDetails.HISTORY_SHOWN),
                folded.history.size());
        ActionState state = folded.state;
        return Optional.of(new ActionDetails(actionId, state.title(), folded.description, state.ownerName(), state.owningAgency(),
                state.dueDate(), state.status(), state.overdueOn(on), state.ragOn(on), folded.source, folded.raisedAt,
                folded.outcome, state.dueDateRevisions(), folded.version, folded.version, List.copyOf(newest)));
    }

    /** The actions with the given ids as they stood, by id; those not raised by then are left out. */
    public Map<String, ActionSummary> summaries(List<String> actionIds, long position, LocalDate on) {
        Map<String, ActionSummary> found = new HashMap<>();
        for (String actionId : actionIds) {
            Folded folded = new Folded(actionId);
            histories.upTo(actionId, position).forEach(folded::applyWithoutHistory);
            if (folded.state != null) {
                found.put(actionId, folded.summaryOn(on));
            }
        }
        return found;
    }

    /** The action log as it stood, filtered, sorted and paged as the live one is. */
    public ActionLogPage actions(FindActions query, long position, LocalDate on) {
        Map<String, Folded> actions = new HashMap<>();
        eventLog.forEachEventUpTo(position, AGGREGATE_TYPE, event ->
                actions.computeIfAbsent(event.getAggregateIdentifier(), Folded::new).applyWithoutHistory(event));
        List<ActionSummary> matching = new ArrayList<>();
        for (Folded folded : actions.values()) {
            if (folded.state != null) {
                ActionSummary summary = folded.summaryOn(on);
                if (query.matches(summary)) {
                    matching.add(summary);
                }
            }
        }
        matching.sort(query.order());
        long first = Math.multiplyExact((long) query.page(), query.size());
        List<ActionSummary> page = first >= matching.size() ? List.of()
                : matching.subList((int) first, (int) Math.min(matching.size(), first + query.size()));
        return new ActionLogPage(List.copyOf(page), query.page(), query.size(), matching.size());
    }

    /** One action's events folded: its state by the shared rules, and what the read API shows beside it. */
    private static final class Folded {

        private final String actionId;
        private final List<ActionHistoryEntry> history = new ArrayList<>();
        private ActionState state;
        private String description;
        private ActionSource source;
        private Instant raisedAt;
        private String outcome;
        private long version;

        Folded(String actionId) {
            this.actionId = actionId;
        }

        void apply(DomainEventMessage<?> message) {
            if (applyWithoutHistory(message)) {
                history.add(ActionChanges.entry(version, (ActionEvent) message.getPayload()));
            }
        }

        boolean applyWithoutHistory(DomainEventMessage<?> message) {
            version = AggregateVersions.fromSequenceNumber(message.getSequenceNumber());
            if (!(message.getPayload() instanceof ActionEvent event)) {
                return false;
            }
            state = event.applyTo(state);
            if (event instanceof ActionRaised raised) {
                description = raised.description();
                source = raised.source();
                raisedAt = ActionChanges.toTheMillisecond(raised.raisedAt());
            } else if (event instanceof ActionCompleted completed) {
                outcome = completed.outcome();
            } else if (event instanceof ActionReopened) {
                outcome = null;
            }
            return true;
        }

        ActionSummary summaryOn(LocalDate on) {
            return new ActionSummary(actionId, state.title(), state.ownerName(), state.owningAgency(), state.dueDate(), state.status(),
                    state.overdueOn(on), state.ragOn(on), source, version);
        }
    }
}
