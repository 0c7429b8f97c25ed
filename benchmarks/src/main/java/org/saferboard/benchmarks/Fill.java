package org.saferboard.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.events.ActionProgressRecorded;
import org.saferboard.api.action.events.ActionRaised;

/**
 * Stored history for the benchmarks: actions of ten events each (raised, then nine progress notes),
 * with owners, agencies and due dates spread so that the action log's filters select a part.
 */
final class Fill {

    static final int EVENTS_PER_ACTION = 10;
    private static final int CHUNK = 1_000;
    private static final List<String> AGENCIES = List.of("Leicestershire Police", "Leicestershire County Council",
            "Rutland County Council", "Charnwood Borough Council");
    private static final ActionSource SOURCE = new ActionSource(SourceKind.MEETING_MINUTE, "LSCSB 19 March 2015, minute 21");
    private static final Instant AT = Instant.parse("2015-03-19T11:00:00Z");
    private static final LocalDate FIRST_DUE = LocalDate.of(2015, 1, 1);

    private Fill() {
    }

    /** Actions with nothing but their ActionRaised: the read model holds {@code actions} actions. */
    static void raisedOnly(EventStorageEngine storage, int actions) {
        List<DomainEventMessage<?>> chunk = new ArrayList<>(CHUNK);
        for (int action = 0; action < actions; action++) {
            chunk.add(new GenericDomainEventMessage<>("Action", "filler-" + action, 0, raised(action)));
            if (chunk.size() == CHUNK) {
                storage.appendEvents(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            storage.appendEvents(chunk);
        }
    }

    private static ActionRaised raised(int action) {
        String actionId = "filler-" + action;
        return new ActionRaised(actionId, "Provide the Prevent funding breakdown", null, "Officer " + action % 100,
                AGENCIES.get(action % AGENCIES.size()), FIRST_DUE.plusDays(action % 1_000), SOURCE, AT);
    }

    static void actions(EventStorageEngine storage, int events) {
        List<DomainEventMessage<?>> chunk = new ArrayList<>(CHUNK);
        for (int event = 0; event < events; event++) {
            int action = event / EVENTS_PER_ACTION;
            String actionId = "filler-" + action;
            int sequence = event % EVENTS_PER_ACTION;
            Object payload = sequence == 0
                    ? raised(action)
                    : new ActionProgressRecorded(actionId, "Progress note " + sequence, LocalDate.of(2015, 4, 1), AT);
            chunk.add(new GenericDomainEventMessage<>("Action", actionId, sequence, payload));
            if (chunk.size() == CHUNK) {
                storage.appendEvents(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            storage.appendEvents(chunk);
        }
    }
}
