package org.saferboard.infrastructure.eventstore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine.IndexedEvent;

/**
 * The events of the cases read most recently as at a past instant, kept in memory so that an auditor
 * who clicks through one case's history reads its events from the store once: every key read costs
 * a lookup (on the embedded server's H2 backend about a tenth of a millisecond), so a case of a
 * thousand events costs a tenth of a second to load, and a few milliseconds to extend with what was
 * stored since. Stored events never change, so what is kept never goes stale; at most
 * {@code mostEvents} events are kept, the least recently read cases leaving first.
 */
public class CaseHistories {

    private final GlobalSequenceEventStorageEngine eventLog;
    private final long mostEvents;
    private final Map<String, List<IndexedEvent>> recent = new LinkedHashMap<>(16, 0.75f, true);
    private long keptEvents;

    public CaseHistories(GlobalSequenceEventStorageEngine eventLog, long mostEvents) {
        this.eventLog = eventLog;
        this.mostEvents = mostEvents;
    }

    /** The case's events stored at global indexes up to the position, in order; empty when it had none by then. */
    public List<DomainEventMessage<?>> upTo(String caseId, long position) {
        List<IndexedEvent> known = eventsOf(caseId);
        List<DomainEventMessage<?>> upTo = new ArrayList<>();
        for (IndexedEvent event : known) {
            // a case's events are stored in the order of their sequence numbers: the first past the position ends them
            if (event.globalIndex() > position) {
                break;
            }
            upTo.add(event.message());
        }
        return upTo;
    }

    private List<IndexedEvent> eventsOf(String caseId) {
        List<IndexedEvent> known;
        synchronized (this) {
            known = recent.get(caseId);
        }
        long next = known == null || known.isEmpty() ? 0 : known.get(known.size() - 1).message().getSequenceNumber() + 1;
        List<IndexedEvent> since = eventLog.readIndexedEvents(caseId, next);
        List<IndexedEvent> all = new ArrayList<>(known == null ? List.of() : known);
        all.addAll(since);
        synchronized (this) {
            List<IndexedEvent> replaced = recent.put(caseId, List.copyOf(all));
            keptEvents += all.size() - (replaced == null ? 0 : replaced.size());
            var eldest = recent.entrySet().iterator();
            while (keptEvents > mostEvents && eldest.hasNext()) {
                Map.Entry<String, List<IndexedEvent>> leaving = eldest.next();
                if (leaving.getKey().equals(caseId)) {
                    continue;
                }
                keptEvents -= leaving.getValue().size();
                eldest.remove();
            }
        }
        return all;
    }
}
