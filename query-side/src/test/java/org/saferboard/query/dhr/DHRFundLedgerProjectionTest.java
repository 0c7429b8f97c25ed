package org.saferboard.query.dhr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.Money;
import org.saferboard.api.dhr.AllocationPurpose;
import org.saferboard.api.dhr.PartnerAmount;
import org.saferboard.api.dhr.events.AllocationReleased;
import org.saferboard.api.dhr.events.AnnualContributionsAgreed;
import org.saferboard.api.dhr.events.ContributionReceived;
import org.saferboard.api.dhr.events.ContributionsDrawnDown;
import org.saferboard.api.dhr.events.DHRFundEvent;
import org.saferboard.api.dhr.events.DHRFundOpened;
import org.saferboard.api.dhr.events.DHRFundingAllocated;
import org.saferboard.api.dhr.events.ExpenditureRecorded;
import org.saferboard.api.dhr.events.FinancialYearClosed;
import org.saferboard.api.dhr.queries.FindAllocations;
import org.saferboard.api.dhr.queries.FindContributionLedger;
import org.saferboard.api.dhr.queries.FindDHRFundLedger;
import org.saferboard.api.dhr.queries.FindPartnerStatement;
import org.saferboard.api.dhr.views.AllocationList;
import org.saferboard.api.dhr.views.ContributionLedger;
import org.saferboard.api.dhr.views.DHRFundLedger;
import org.saferboard.api.dhr.views.PartnerStatement;
import org.saferboard.testing.TestMongo;

class DHRFundLedgerProjectionTest {

    private static final Instant AT = Instant.parse("2016-05-03T12:00:00Z");
    private static final String FUND = "llr-dhr-fund";
    private static final String COUNTY = "Leicestershire County Council";
    private static final String POLICE = "Leicestershire Police";
    private static final List<DHRFundEvent> YEAR = List.of(
            new DHRFundOpened(FUND, "LLR DHR fund", LocalDate.of(2015, 1, 28), 150_000, AT),
            new AnnualContributionsAgreed(FUND, "2015-16", List.of(new PartnerAmount(COUNTY, 3_000_000),
                    new PartnerAmount(POLICE, 1_600_000)), "LSCSB 28 January 2015, minute 7(c)", LocalDate.of(2015, 1, 28), AT),
            new DHRFundingAllocated(FUND, "learning-event-2014", 100_000, AllocationPurpose.LEARNING_EVENT, "homicide-2014",
                    "Learning event", "LSCSB 28 January 2015, minute 7(b)", LocalDate.of(2015, 2, 2), AT),
            new ContributionsDrawnDown(FUND, "call-1", "2015-16", List.of(new PartnerAmount(COUNTY, 300_000),
                    new PartnerAmount(POLICE, 160_000)), "Two reviews", LocalDate.of(2015, 6, 1), AT),
            // recorded after the expenditure below but dated before it: the ledger lists by date
            new ContributionReceived(FUND, "receipt-1", "2015-16", COUNTY, 300_000, LocalDate.of(2015, 6, 15), "Remittance 1", AT),
            new ExpenditureRecorded(FUND, "learning-event-2014", "venue", 80_000, "Venue", "Invoice 7", LocalDate.of(2015, 6, 20), AT),
            new ContributionReceived(FUND, "receipt-2", "2015-16", POLICE, 100_000, LocalDate.of(2015, 6, 10), "Remittance 2", AT),
            new AllocationReleased(FUND, "learning-event-2014", 20_000, "Under budget", LocalDate.of(2015, 9, 30), AT),
            new FinancialYearClosed(FUND, "2014-15", 50_000, 100_000, "2015-16", LocalDate.of(2015, 5, 1), AT));

    private DHRFundLedgerProjection projection;

    @BeforeEach
    void setUp() {
        projection = new DHRFundLedgerProjection(TestMongo.newDatabase(), processingGroup -> { });
    }

    private void feed(List<DHRFundEvent> events) {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            projection.on(events.get(sequence), sequence);
        }
    }

    private List<Object> everyLedger() {
        List<Object> ledgers = new ArrayList<>();
        ledgers.add(projection.handle(new FindContributionLedger(FUND, "2015-16")).orElseThrow());
        ledgers.add(projection.handle(new FindDHRFundLedger(FUND, null)).orElseThrow());
        ledgers.add(projection.handle(new FindDHRFundLedger(FUND, "2015-16")).orElseThrow());
        ledgers.add(projection.handle(new FindAllocations(FUND)).orElseThrow());
        ledgers.add(projection.handle(new FindPartnerStatement(FUND, POLICE)).orElseThrow());
        return ledgers;
    }

    @Test
    void contributionLedgerAddsUpPerPartnerAndInTotal() {
        feed(YEAR);

        ContributionLedger ledger = projection.handle(new FindContributionLedger(FUND, "2015-16")).orElseThrow();

        assertThat(ledger.partners()).containsExactly(
                new ContributionLedger.Line(COUNTY, "30000.00", "3000.00", "3000.00", "0.00", "27000.00"),
                new ContributionLedger.Line(POLICE, "16000.00", "1600.00", "1000.00", "600.00", "14400.00"));
        assertThat(ledger.totals()).isEqualTo(new ContributionLedger.Line(null, "46000.00", "4600.00", "4000.00", "600.00",
                "41400.00"));
        assertThat(projection.handle(new FindContributionLedger(FUND, "2016-17"))).isEmpty();
    }

    @Test
    void fundLedgerListsMovementsByDateWithRunningBalances() {
        feed(YEAR);

        DHRFundLedger ledger = projection.handle(new FindDHRFundLedger(FUND, null)).orElseThrow();

        assertThat(ledger.movements()).extracting(movement -> movement.date() + " " + movement.kind() + " in " + movement.moneyIn()
                        + " out " + movement.moneyOut() + " -> " + movement.after().balance() + "/" + movement.after().committed()
                        + "/" + movement.after().available())
                .containsExactly(
                        "2015-01-28 OPENING_BALANCE in 1500.00 out null -> 1500.00/0.00/1500.00",
                        "2015-02-02 ALLOCATION in null out null -> 1500.00/1000.00/500.00",
                        "2015-06-10 CONTRIBUTION_RECEIVED in 1000.00 out null -> 2500.00/1000.00/1500.00",
                        "2015-06-15 CONTRIBUTION_RECEIVED in 3000.00 out null -> 5500.00/1000.00/4500.00",
                        "2015-06-20 EXPENDITURE in null out 800.00 -> 4700.00/200.00/4500.00",
                        "2015-09-30 RELEASE in null out null -> 4700.00/0.00/4700.00");
        assertThat(ledger.totalIn()).isEqualTo("5500.00");
        assertThat(ledger.totalOut()).isEqualTo("800.00");

        DHRFundLedger year = projection.handle(new FindDHRFundLedger(FUND, "2015-16")).orElseThrow();
        assertThat(year.broughtForward()).isEqualTo(new DHRFundLedger.Balances("1500.00", "1000.00", "500.00"));
        assertThat(year.movements()).hasSize(4);
        assertThat(year.totalIn()).isEqualTo("4000.00");
        assertThat(year.carriedForward()).isEqualTo(new DHRFundLedger.Balances("4700.00", "0.00", "4700.00"));
        assertThat(year.closedYears()).extracting(DHRFundLedger.ClosedYear::financialYear).containsExactly("2014-15");
    }

    @Test
    void allocationsAndStatementsShowWhatBecameOfTheMoney() {
        feed(YEAR);

        AllocationList allocations = projection.handle(new FindAllocations(FUND)).orElseThrow();
        assertThat(allocations.allocations()).extracting(allocation -> allocation.amount() + " spent " + allocation.spent()
                        + " released " + allocation.released() + " remaining " + allocation.remaining() + " " + allocation.status())
                .containsExactly("1000.00 spent 800.00 released 200.00 remaining 0.00 RELEASED");
        DHRFundLedgerProjection.ReviewFunding funding = projection.fundingOf("homicide-2014");
        assertThat(funding.lines()).extracting(line -> line.allocated() + "/" + line.spent() + "/" + line.remaining())
                .containsExactly("1000.00/800.00/0.00");
        assertThat(funding.allocated()).isEqualTo(Money.ofPence(100_000));
        assertThat(funding.spent()).isEqualTo(Money.ofPence(80_000));

        PartnerStatement police = projection.handle(new FindPartnerStatement(FUND, POLICE)).orElseThrow();
        assertThat(police.years()).containsExactly(new PartnerStatement.Year("2015-16", "16000.00", "1600.00", "1000.00", "600.00"));
        assertThat(police.entries()).extracting(PartnerStatement.Entry::outstandingAfter).containsExactly("0.00", "1600.00", "600.00");
        assertThat(projection.handle(new FindPartnerStatement(FUND, "Rutland County Council"))).isEmpty();
    }

    @Test
    void feedingTheSameMovementsAgainChangesNothing() {
        feed(YEAR);
        List<Object> once = everyLedger();

        feed(YEAR);

        assertThat(everyLedger()).isEqualTo(once);
        assertThat(projection.versionOf(FUND)).isEqualTo(YEAR.size());
        assertThat(projection.versionOf("no-such-fund")).isZero();
    }

    @Test
    void anUnknownFundHasNoLedger() {
        assertThat(projection.handle(new FindDHRFundLedger("no-such-fund", null))).isEmpty();
        assertThat(projection.handle(new FindAllocations("no-such-fund"))).isEmpty();
    }
}
