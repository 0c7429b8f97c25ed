package org.saferboard.command.dhr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.saferboard.api.dhr.AllocationPurpose;
import org.saferboard.api.dhr.PartnerAmount;
import org.saferboard.api.dhr.events.AllocationReleased;
import org.saferboard.api.dhr.events.AnnualContributionsAgreed;
import org.saferboard.api.dhr.events.ContributionReceived;
import org.saferboard.api.dhr.events.ContributionsDrawnDown;
import org.saferboard.api.dhr.events.DHRFundOpened;
import org.saferboard.api.dhr.events.DHRFundingAllocated;
import org.saferboard.api.dhr.events.ExpenditureRecorded;
import org.saferboard.api.dhr.events.FinancialYearClosed;
import org.saferboard.infrastructure.eventstore.AxonSerialization;

/** A fund's snapshot is the aggregate written by the Jackson serializer; it must read back to the same state. */
class DHRFundSnapshotTest {

    private static final Instant AT = Instant.parse("2015-06-18T11:00:00Z");

    @Test
    void fundStateSurvivesASnapshotRoundTrip() {
        DHRFund fund = new DHRFund();
        fund.on(new DHRFundOpened("llr-dhr-fund", "LLR DHR fund", LocalDate.of(2015, 1, 28), 0, AT));
        fund.on(new AnnualContributionsAgreed("llr-dhr-fund", "2015-16", List.of(new PartnerAmount("Leicestershire Police", 1_600_000)),
                "LSCSB 28 January 2015, minute 7(c)", LocalDate.of(2015, 1, 28), AT));
        fund.on(new ContributionsDrawnDown("llr-dhr-fund", "call-1", "2015-16", List.of(new PartnerAmount("Leicestershire Police",
                400_000)), "Learning event", LocalDate.of(2015, 6, 1), AT));
        fund.on(new ContributionReceived("llr-dhr-fund", "receipt-1", "2015-16", "Leicestershire Police", 400_000,
                LocalDate.of(2015, 6, 15), "Remittance 4401", AT));
        fund.on(new DHRFundingAllocated("llr-dhr-fund", "learning-event-2014", 300_000, AllocationPurpose.LEARNING_EVENT,
                "homicide-2014", "Learning event", "LSCSB 28 January 2015, minute 7(b)", LocalDate.of(2015, 6, 18), AT));
        fund.on(new ExpenditureRecorded("llr-dhr-fund", "learning-event-2014", "venue", 240_000, "Venue", null,
                LocalDate.of(2015, 7, 20), AT));
        fund.on(new AllocationReleased("llr-dhr-fund", "learning-event-2014", 60_000, "Under budget", LocalDate.of(2015, 9, 30), AT));
        fund.on(new FinancialYearClosed("llr-dhr-fund", "2014-15", 0, 0, "2015-16", LocalDate.of(2015, 5, 1), AT));
        Serializer serializer = AxonSerialization.serializer();

        SerializedObject<byte[]> snapshot = serializer.serialize(fund, byte[].class);
        DHRFund restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(fund);
        assertThat(new String(snapshot.getData())).contains("\"position\":{\"balance\":{\"pence\":160000},\"committed\":{\"pence\":0}}",
                "\"spent\":{\"pence\":240000}");
    }
}
