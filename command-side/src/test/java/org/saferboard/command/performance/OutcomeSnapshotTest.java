package org.saferboard.command.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.saferboard.api.performance.FigurePeriod;
import org.saferboard.api.performance.IndicatorUnit;
import org.saferboard.api.performance.OutcomeRag;
import org.saferboard.api.performance.Polarity;
import org.saferboard.api.performance.SimilarAreasComparison;
import org.saferboard.api.performance.events.FigureRecorded;
import org.saferboard.api.performance.events.FigureRevised;
import org.saferboard.api.performance.events.IndicatorDefined;
import org.saferboard.api.performance.events.OutcomeDefined;
import org.saferboard.api.performance.events.OutcomeRated;
import org.saferboard.infrastructure.eventstore.AxonSerialization;

/** An outcome's snapshot is the aggregate written by the Jackson serializer; it must read back to the same state. */
class OutcomeSnapshotTest {

    private static final Instant AT = Instant.parse("2015-06-18T11:00:00Z");

    @Test
    void outcomeStateSurvivesASnapshotRoundTrip() {
        Outcome outcome = new Outcome();
        outcome.on(new OutcomeDefined("crime", "LSCSB", "Ongoing reductions in crime", 1, AT));
        outcome.on(new IndicatorDefined("crime", "vehicle", "Vehicle Crime rate (per 1,000 population)", IndicatorUnit.RATE_PER_1000,
                Polarity.LOWER_IS_BETTER, new BigDecimal("5.50"), FigurePeriod.ROLLING_12_MONTHS, "Leicestershire Police", "Leicestershire",
                List.of("Hinckley & Bosworth"), null, AT));
        outcome.on(new FigureRecorded("crime", "vehicle", "Hinckley & Bosworth", "2014-15-Q4", new BigDecimal("5.02"), "Q3 2014-15",
                SimilarAreasComparison.AVERAGE, AT));
        outcome.on(new FigureRevised("crime", "vehicle", "Hinckley & Bosworth", "2014-15-Q4", new BigDecimal("5.02"), new BigDecimal("5.10"),
                "Q3 2014-15", null, SimilarAreasComparison.AVERAGE, null, "Late recording", AT));
        outcome.on(new OutcomeRated("crime", "2014-15-Q4", null, OutcomeRag.GREEN, "Lower than last year", "James Fox", "june", 36, AT));
        Serializer serializer = AxonSerialization.serializer();

        SerializedObject<byte[]> snapshot = serializer.serialize(outcome, byte[].class);
        Outcome restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(outcome);
        assertThat(new String(snapshot.getData())).contains("\"vehicle 2014-15-Q4 hinckley & bosworth\":{\"value\":5.10");
    }
}
