package org.saferboard.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.action.events.ActionDueDateRevised;
import org.saferboard.api.people.ActingUser;
import org.saferboard.infrastructure.eventstore.EventStorageEngines;
import org.saferboard.testing.TestMongo;

/** The audit trail's entries: who, what in plain words, why; once per event however often it is delivered. */
class AuditTrailProjectionTest {

    private static final Instant AT = Instant.parse("2019-11-20T10:15:00Z");
    private MongoDatabase database;
    private AuditTrailProjection auditTrail;

    @BeforeEach
    void emptyTrail() {
        database = TestMongo.newDatabase();
        auditTrail = new AuditTrailProjection(database, processingGroup -> { },
                EventStorageEngines.globalIndex(database, Clock.systemUTC(), Duration.ofSeconds(60), 100));
    }

    private void deliver(long position, long sequenceNumber, Map<String, ?> metaData) {
        deliver("event-" + position, new GlobalSequenceTrackingToken(position), sequenceNumber, metaData);
    }

    private void deliver(String eventId, TrackingToken streamToken, long sequenceNumber, Map<String, ?> metaData) {
        ActionDueDateRevised event = new ActionDueDateRevised("iom-districts", LocalDate.of(2019, 12, 6), LocalDate.of(2020, 1, 31),
                "Data not ready until January", AT);
        GenericDomainEventMessage<ActionDueDateRevised> message = new GenericDomainEventMessage<>("Action", "iom-districts",
                sequenceNumber, event, MetaData.from(metaData), eventId, AT);
        auditTrail.on(event, message, streamToken);
    }

    /**
     * Index 100 was reserved before 101 but stored after it: the stream delivers 101, then 100 with the
     * stream's position, 101 (100 had been a gap). Each entry takes its event's own place in the log.
     */
    @Test
    void anEventStoredAfterALaterOneTakesItsOwnPlaceNotTheStreams() {
        MongoCollection<Document> events = database.getCollection("events");
        // as the event log holds them: only the fields the lookup and the log's unique indexes read
        events.insertOne(new Document("_id", "iom-districts/3").append("aggregateIdentifier", "iom-districts").append("sequenceNumber", 3L)
                .append("eventIdentifier", "slow-writer").append("globalIndex", 100L));
        events.insertOne(new Document("_id", "iom-districts/4").append("aggregateIdentifier", "iom-districts").append("sequenceNumber", 4L)
                .append("eventIdentifier", "fast-writer").append("globalIndex", 101L));

        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        deliver("fast-writer", GapAwareTrackingToken.newInstance(101, List.of(100L)), 4, Map.of());
        deliver("slow-writer", GapAwareTrackingToken.newInstance(101, List.of()), 3, Map.of());
        batch.commit();

        assertThat(auditTrail.find(new AuditTrailProjection.Criteria(null, "iom-districts", null, null, null, null), 0, 50).entries())
                .extracting(AuditEntry::position, AuditEntry::version).containsExactly(tuple(100L, 4L), tuple(101L, 5L));
    }

    @Test
    void anEntrySaysWhenWhoWhatAndWhyAndIsWrittenOnceHoweverOftenDelivered() {
        Map<String, String> anita = Map.of(ActingUser.USER_ID, "anita.chavda", ActingUser.DISPLAY_NAME, "Anita Chavda",
                ActingUser.AGENCY, "Leicestershire County Council", ActingUser.ROLE_USED, "SECRETARIAT", ActingUser.REQUEST_ID, "request-1");
        deliver(7, 2, anita);
        deliver(7, 2, anita);

        AuditTrailPage page = auditTrail.find(new AuditTrailProjection.Criteria(null, "iom-districts", null, null, null, null), 0, 50);

        assertThat(page.totalEntries()).isEqualTo(1);
        AuditEntry entry = page.entries().get(0);
        assertThat(entry.whoInWords()).isEqualTo("Anita Chavda (anita.chavda, SECRETARIAT, Leicestershire County Council)");
        assertThat(entry.what()).isEqualTo("Action due date revised: due date 6 December 2019 -> 31 January 2020");
        assertThat(entry.why()).isEqualTo("Data not ready until January");
        assertThat(entry.version()).isEqualTo(3);
        assertThat(entry.recordedAtLondon()).hasToString("2019-11-20T10:15");
        assertThat(entry.requestId()).isEqualTo("request-1");
    }

    @Test
    void aChangeRecordedBeforeSignInExistedSaysSo() {
        deliver(3, 1, Map.of());

        AuditEntry entry = auditTrail.find(new AuditTrailProjection.Criteria(null, null, null, null, null, null), 0, 50).entries().get(0);

        assertThat(entry.who()).isNull();
        assertThat(entry.whoInWords()).isEqualTo("recorded before sign-in");
    }

    @Test
    void theCriteriaFilterByPersonKindOfChangeAndTime() {
        deliver(1, 1, Map.of(ActingUser.USER_ID, "anita.chavda", ActingUser.DISPLAY_NAME, "Anita Chavda", ActingUser.ROLE_USED, "OFFICER"));
        deliver(2, 2, Map.of(ActingUser.USER_ID, "sam", ActingUser.DISPLAY_NAME, "Sam", ActingUser.ROLE_USED, "SECRETARIAT"));

        assertThat(auditTrail.find(new AuditTrailProjection.Criteria(null, null, "sam", null, null, null), 0, 50).entries())
                .extracting(AuditEntry::position).containsExactly(2L);
        assertThat(auditTrail.find(new AuditTrailProjection.Criteria("Action", null, null, "ActionDueDateRevised", AT, AT.plusSeconds(1)),
                0, 1).totalEntries()).isEqualTo(2);
        assertThat(auditTrail.find(new AuditTrailProjection.Criteria(null, null, null, "ActionCompleted", null, null), 0, 50).entries())
                .isEmpty();
        assertThat(auditTrail.find(new AuditTrailProjection.Criteria(null, null, null, null, AT.plusSeconds(1), null), 0, 50).entries())
                .isEmpty();
    }
}
