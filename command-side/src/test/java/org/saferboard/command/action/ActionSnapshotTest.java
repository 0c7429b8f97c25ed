package org.saferboard.command.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.events.ActionDueDateRevised;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.action.events.ActionReassigned;
import org.saferboard.infrastructure.eventstore.AxonSerialization;

/** A snapshot is the aggregate written by the Jackson serializer; it must read back to the same state. */
class ActionSnapshotTest {

    private static final Instant AT = Instant.parse("2015-03-19T11:00:00Z");

    @Test
    void actionStateSurvivesASnapshotRoundTrip() {
        Action action = new Action();
        action.on(new ActionRaised("a-1", "Confirm the funding situation", null, "James Fox",
                "Leicestershire County Council", LocalDate.of(2015, 6, 18),
                new ActionSource(SourceKind.MEETING_MINUTE, "LSCSB 28 January 2015, minute 27"), AT));
        action.on(new ActionReassigned("a-1", "James Fox", "Leicestershire County Council", "Rik Basra",
                "Leicestershire County Council", null, AT));
        action.on(new ActionDueDateRevised("a-1", LocalDate.of(2015, 6, 18), LocalDate.of(2015, 9, 17), "Late", AT));
        Serializer serializer = AxonSerialization.serializer();

        SerializedObject<byte[]> snapshot = serializer.serialize(action, byte[].class);
        Action restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(action);
        assertThat(new String(snapshot.getData())).contains("\"dueDate\":\"2015-09-17\"", "\"ownerName\":\"Rik Basra\"");
    }
}
