package org.saferboard.query.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.saferboard.infrastructure.eventstore.CaseHistories;
import org.saferboard.infrastructure.eventstore.GlobalSequenceEventStorageEngine;
import org.saferboard.query.AsAt;
import org.springframework.stereotype.Component;

/** The read API's "as at" parameter turned into an instant and a position of the event log, and the 404 of a case that did not exist then. */
@Component
class AsAtInstants {

    private final Clock clock;
    private final GlobalSequenceEventStorageEngine eventLog;

    private final CaseHistories histories;

    AsAtInstants(Clock clock, GlobalSequenceEventStorageEngine eventLog, CaseHistories histories) {
        this.clock = clock;
        this.eventLog = eventLog;
        this.histories = histories;
    }

    AsAt resolve(String text) {
        return AsAt.of(text, clock, eventLog);
    }

    /** 404 for a case read as at an instant before it existed: says when it was first recorded, or that it never was. */
    NotInReadModel notThen(String caseName, String caseId, AsAt asAt) {
        return firstRecorded(caseId)
                .map(first -> new NotInReadModel(caseName, caseId, Character.toUpperCase(caseName.charAt(0)) + caseName.substring(1)
                        + " " + caseId + " did not exist at " + asAt.instant() + ": it was first recorded at " + first + "."))
                .orElseGet(() -> new NotInReadModel(caseName, caseId));
    }

    private Optional<Instant> firstRecorded(String caseId) {
        return histories.upTo(caseId, Long.MAX_VALUE).stream().findFirst().map(DomainEventMessage::getTimestamp);
    }
}
