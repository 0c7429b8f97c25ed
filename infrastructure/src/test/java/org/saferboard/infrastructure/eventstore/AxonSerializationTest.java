package org.saferboard.infrastructure.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

class AxonSerializationTest {

    private static final Instant FIRST = Instant.parse("2015-06-18T10:00:00.123Z");
    private static final Instant LATER = Instant.parse("2015-06-18T10:00:05.456Z");

    private final Serializer serializer = AxonSerialization.serializer();

    private <T> T roundTrip(T value, Class<T> type) {
        SerializedObject<byte[]> serialized = serializer.serialize(value, byte[].class);
        return type.cast(serializer.deserialize(serialized));
    }

    @Test
    void trackingTokenSurvivesARoundTrip() {
        MongoTrackingToken token = MongoTrackingToken.of(LATER, Map.of("event-1", FIRST.toEpochMilli(),
                "event-2", LATER.toEpochMilli()));

        assertThat(roundTrip(token, MongoTrackingToken.class)).isEqualTo(token);
    }

    @Test
    void replayTokenSurvivesARoundTrip() {
        TrackingToken replay = ReplayToken.createReplayToken(MongoTrackingToken.of(LATER, "event-2"),
                MongoTrackingToken.of(FIRST, "event-1"));

        assertThat(roundTrip(replay, TrackingToken.class)).isEqualTo(replay);
    }

    @Test
    void gapAwareTokenSurvivesARoundTrip() {
        TrackingToken token = GapAwareTrackingToken.newInstance(42, java.util.List.of(7L, 40L));

        assertThat(roundTrip(token, TrackingToken.class)).isEqualTo(token);
        assertThat(roundTrip(ReplayToken.createReplayToken(token), TrackingToken.class))
                .isEqualTo(ReplayToken.createReplayToken(token));
    }

    record Sample(String text, LocalDate date, Instant at) {
    }

    @Test
    void recordsWithDatesSurviveARoundTrip() {
        Sample sample = new Sample("minute 21", LocalDate.of(2015, 3, 19), FIRST);

        assertThat(roundTrip(sample, Sample.class)).isEqualTo(sample);
    }
}
