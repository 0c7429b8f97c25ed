package org.saferboard.api.dhr.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferboard.api.Money;
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

class DHRFundPositionTest {

    private static final Instant AT = Instant.parse("2015-06-01T10:00:00Z");
    private static final LocalDate ON = LocalDate.of(2015, 6, 1);
    private static final String FUND = "llr-dhr";

    private static Money pounds(long pounds) {
        return Money.ofPence(pounds * 100);
    }

    @Test
    void moneyHeldIsWhatCameInLessWhatWasSpentAndAvailableIsWhatIsHeldAndNotCommitted() {
        DHRFundPosition position = DHRFundPosition.fold(List.of(
                new DHRFundOpened(FUND, "LLR DHR fund", ON, 500_000, AT),
                new AnnualContributionsAgreed(FUND, "2015-16", List.of(new PartnerAmount("Police", 300_000)), "Minute 7", ON, AT),
                new ContributionsDrawnDown(FUND, "d1", "2015-16", List.of(new PartnerAmount("Police", 300_000)), "Reviews", ON, AT),
                new ContributionReceived(FUND, "r1", "2015-16", "Police", 300_000, ON, null, AT),
                new DHRFundingAllocated(FUND, "a1", 400_000, AllocationPurpose.REVIEW, "dhr-mary", "Chair", "Minute 30", ON, AT),
                new ExpenditureRecorded(FUND, "a1", "e1", 150_000, "Chair's fee", "INV-1", ON, AT),
                new DHRFundingAllocated(FUND, "a2", 100_000, AllocationPurpose.OTHER, null, "Training", "Minute 31", ON, AT),
                new AllocationReleased(FUND, "a2", 100_000, "Not needed", ON, AT)));

        assertThat(position.balance()).as("5000 + 3000 - 1500").isEqualTo(pounds(6_500));
        assertThat(position.committed()).as("4000 - 1500 spent; 1000 released").isEqualTo(pounds(2_500));
        assertThat(position.available()).isEqualTo(pounds(4_000));
    }

    @Test
    void agreeingCallingInAndClosingAYearMoveNoMoney() {
        DHRFundPosition opened = DHRFundPosition.fold(List.of(new DHRFundOpened(FUND, "LLR DHR fund", ON, 500_000, AT)));

        assertThat(DHRFundPosition.fold(List.of(new DHRFundOpened(FUND, "LLR DHR fund", ON, 500_000, AT),
                new AnnualContributionsAgreed(FUND, "2015-16", List.of(new PartnerAmount("Police", 300_000)), "Minute 7", ON, AT),
                new ContributionsDrawnDown(FUND, "d1", "2015-16", List.of(new PartnerAmount("Police", 300_000)), "Reviews", ON, AT),
                new FinancialYearClosed(FUND, "2015-16", 500_000, 0, "2016-17", ON, AT)))).isEqualTo(opened);
        assertThat(DHRFundPosition.fold(List.of())).isEqualTo(DHRFundPosition.NOTHING);
    }
}
