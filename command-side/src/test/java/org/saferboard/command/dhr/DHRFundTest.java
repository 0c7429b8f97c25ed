package org.saferboard.command.dhr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferboard.command.RefusedWith.refusedWith;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.dhr.AllocationPurpose;
import org.saferboard.api.dhr.PartnerAmount;
import org.saferboard.api.dhr.commands.AgreeAnnualContributions;
import org.saferboard.api.dhr.commands.AllocateDHRFunding;
import org.saferboard.api.dhr.commands.CloseFinancialYear;
import org.saferboard.api.dhr.commands.DrawDownContributions;
import org.saferboard.api.dhr.commands.OpenDHRFund;
import org.saferboard.api.dhr.commands.RecordContributionReceived;
import org.saferboard.api.dhr.commands.RecordExpenditure;
import org.saferboard.api.dhr.commands.ReleaseAllocation;
import org.saferboard.api.dhr.events.AllocationReleased;
import org.saferboard.api.dhr.events.AnnualContributionsAgreed;
import org.saferboard.api.dhr.events.ContributionReceived;
import org.saferboard.api.dhr.events.ContributionsDrawnDown;
import org.saferboard.api.dhr.events.DHRFundOpened;
import org.saferboard.api.dhr.events.DHRFundingAllocated;
import org.saferboard.api.dhr.events.ExpenditureRecorded;
import org.saferboard.api.dhr.events.FinancialYearClosed;
import org.saferboard.command.BrokenFieldRule;
import org.saferboard.command.CaseRefused;
import org.saferboard.command.dhr.DHRFundRefused;
import org.saferboard.command.dhr.ReviewRefused;

/** The DHR fund with the seed's 2015-16 contributions (LSCSB, 28 January 2015, minute 7(c)). */
class DHRFundTest {

    private static final Instant NOW = Instant.parse("2016-05-10T10:00:00Z");
    private static final Instant EARLIER = Instant.parse("2015-04-01T09:00:00Z");
    private static final String FUND = "llr-dhr-fund";
    private static final String YEAR = "2015-16";
    private static final String COUNTY = "Leicestershire County Council";
    private static final String POLICE = "Leicestershire Police";
    private static final String RUTLAND = "Rutland County Council";
    private static final List<String> DISTRICTS = List.of("Blaby District Council", "Charnwood Borough Council",
            "Harborough District Council", "Hinckley and Bosworth Borough Council", "Melton Borough Council",
            "North West Leicestershire District Council", "Oadby and Wigston Borough Council");
    private static final String RESOLUTION = "LSCSB 28 January 2015, minute 7(c)";
    private static final LocalDate OPENED = LocalDate.of(2015, 4, 1);
    private static final DHRFundOpened OPENED_EVENT = new DHRFundOpened(FUND, "LLR DHR fund", OPENED, 0, EARLIER);
    private static final AnnualContributionsAgreed AGREED = new AnnualContributionsAgreed(FUND, YEAR, contributions(),
            RESOLUTION, OPENED, EARLIER);
    private static final ContributionsDrawnDown DRAWN = new ContributionsDrawnDown(FUND, "call-1", YEAR,
            List.of(new PartnerAmount(COUNTY, 300_000), new PartnerAmount(POLICE, 160_000)), "Two reviews commissioned",
            LocalDate.of(2015, 5, 1), EARLIER);
    private static final ContributionReceived COUNTY_PAID = new ContributionReceived(FUND, "receipt-1", YEAR, COUNTY, 300_000,
            LocalDate.of(2015, 5, 20), "INV-101", EARLIER);
    private static final DHRFundingAllocated LEARNING_EVENT = new DHRFundingAllocated(FUND, "learning-2014", 300_000,
            AllocationPurpose.LEARNING_EVENT, "homicide-2014", "Learning event regarding a homicide in 2014",
            "LSCSB 28 January 2015, minute 7(b)", LocalDate.of(2015, 6, 1), EARLIER);

    private final List<String> reviewsAsked = new ArrayList<>();
    private AggregateTestFixture<DHRFund> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DHRFund.class);
        // the field rules on the commands, checked on the command bus as the application does
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((ReviewFunding) reviewId -> {
            reviewsAsked.add(reviewId);
            if (reviewId.equals("closed-review")) {
                throw ReviewRefused.CLOSED.because("Review closed-review is closed; nothing more can be recorded for it.");
            }
        });
    }

    private static List<PartnerAmount> contributions() {
        List<PartnerAmount> amounts = new ArrayList<>(List.of(new PartnerAmount(COUNTY, 3_000_000),
                new PartnerAmount(POLICE, 1_600_000), new PartnerAmount(RUTLAND, 250_000)));
        DISTRICTS.forEach(district -> amounts.add(new PartnerAmount(district, 250_000)));
        return amounts;
    }

    private static AllocateDHRFunding allocate(String allocationId, long pence) {
        return new AllocateDHRFunding(FUND, allocationId, pence, AllocationPurpose.LEARNING_EVENT, "homicide-2014",
                "Learning event regarding a homicide in 2014", "LSCSB 28 January 2015, minute 7(b)", LocalDate.of(2015, 6, 1), null);
    }

    @Test
    void canOpenFundWithBalanceBroughtIn() {
        fixture.givenNoPriorActivity()
                .when(new OpenDHRFund(FUND, "LLR DHR fund", OPENED, 450_000))
                .expectEvents(new DHRFundOpened(FUND, "LLR DHR fund", OPENED, 450_000, NOW))
                .expectResultMessagePayload(1L);
    }

    @Test
    void cannotReuseFundIdForAnotherFund() {
        fixture.given(OPENED_EVENT)
                .when(new OpenDHRFund(FUND, "Another fund", OPENED, 0))
                .expectException(refusedWith(DHRFundRefused.FUND_ID_ALREADY_USED));
    }

    @Test
    void canAgreeTheSeedsContributionsFor2015To16() {
        fixture.given(OPENED_EVENT)
                .when(new AgreeAnnualContributions(FUND, YEAR, contributions(), RESOLUTION, OPENED, 1L))
                .expectEvents(new AnnualContributionsAgreed(FUND, YEAR, contributions(), RESOLUTION, OPENED, NOW));
    }

    @Test
    void canRepeatAgreementButNotChangeIt() {
        fixture.given(OPENED_EVENT, AGREED)
                .when(new AgreeAnnualContributions(FUND, YEAR, contributions(), RESOLUTION, OPENED, null))
                .expectNoEvents();
        fixture.given(OPENED_EVENT, AGREED)
                .when(new AgreeAnnualContributions(FUND, YEAR, List.of(new PartnerAmount(COUNTY, 1)), RESOLUTION, OPENED, null))
                .expectException(refusedWith(DHRFundRefused.CONTRIBUTIONS_ALREADY_AGREED));
    }

    @Test
    void cannotAgreeAPartnerTwiceOrNothing() {
        fixture.given(OPENED_EVENT)
                .when(new AgreeAnnualContributions(FUND, YEAR, List.of(new PartnerAmount(COUNTY, 1), new PartnerAmount(COUNTY, 2)),
                        RESOLUTION, OPENED, null))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("names " + COUNTY + " a second time");
        fixture.given(OPENED_EVENT)
                .when(new AgreeAnnualContributions(FUND, "2015/16", contributions(), RESOLUTION, OPENED, null))
                .expectException(BrokenFieldRule.on("financialYear"));
    }

    @Test
    void canDrawDownProRataInWholePenceThatAddUp() {
        List<PartnerAmount> expected = new ArrayList<>(List.of(new PartnerAmount(COUNTY, 4_545), new PartnerAmount(POLICE, 2_424),
                new PartnerAmount(RUTLAND, 379)));
        for (int i = 0; i < DISTRICTS.size(); i++) {
            // 7 pence are left after rounding down; the partners with the largest remainders get one each, in order
            expected.add(new PartnerAmount(DISTRICTS.get(i), i < 6 ? 379 : 378));
        }
        fixture.given(OPENED_EVENT, AGREED)
                .when(new DrawDownContributions(FUND, "call-1", YEAR, 10_000L, null, "Legal advice", LocalDate.of(2015, 5, 1), null))
                .expectEvents(new ContributionsDrawnDown(FUND, "call-1", YEAR, expected, "Legal advice", LocalDate.of(2015, 5, 1), NOW));
        assertThat(expected.stream().mapToLong(PartnerAmount::amountPence).sum()).isEqualTo(10_000L);
    }

    @Test
    void canDrawDownATenthOfEveryContribution() {
        List<PartnerAmount> expected = new ArrayList<>(List.of(new PartnerAmount(COUNTY, 300_000), new PartnerAmount(POLICE, 160_000),
                new PartnerAmount(RUTLAND, 25_000)));
        DISTRICTS.forEach(district -> expected.add(new PartnerAmount(district, 25_000)));
        fixture.given(OPENED_EVENT, AGREED)
                .when(new DrawDownContributions(FUND, "call-1", YEAR, 660_000L, null, "Two reviews", LocalDate.of(2015, 5, 1), null))
                .expectEvents(new ContributionsDrawnDown(FUND, "call-1", YEAR, expected, "Two reviews", LocalDate.of(2015, 5, 1), NOW));
    }

    @Test
    void cannotDrawDownMoreThanAgreed() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN)
                .when(new DrawDownContributions(FUND, "call-2", YEAR, null, List.of(new PartnerAmount(POLICE, 1_440_001)),
                        "Third review", LocalDate.of(2015, 6, 1), null))
                .expectException(refusedWith(DHRFundRefused.DRAWDOWN_EXCEEDS_AGREED))
                .expectExceptionMessage("Leicestershire Police agreed £16000.00 for 2015-16 and £1600.00 is drawn down already; "
                        + "£14400.01 more would exceed the agreed contribution.");
        fixture.given(OPENED_EVENT, AGREED)
                .when(new DrawDownContributions(FUND, "call-2", YEAR, 6_600_001L, null, "Everything", LocalDate.of(2015, 6, 1), null))
                .expectException(refusedWith(DHRFundRefused.DRAWDOWN_EXCEEDS_AGREED));
    }

    @Test
    void cannotDrawDownForAYearNotAgreedOrWithBothTotalAndAmounts() {
        fixture.given(OPENED_EVENT)
                .when(new DrawDownContributions(FUND, "call-1", YEAR, 10_000L, null, "Review", LocalDate.of(2015, 5, 1), null))
                .expectException(refusedWith(DHRFundRefused.CONTRIBUTIONS_NOT_AGREED));
        fixture.given(OPENED_EVENT, AGREED)
                .when(new DrawDownContributions(FUND, "call-1", YEAR, 10_000L, List.of(new PartnerAmount(COUNTY, 1)), "Review",
                        LocalDate.of(2015, 5, 1), null))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void canRecordPaymentOfWhatWasCalledIn() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN)
                .when(new RecordContributionReceived(FUND, "receipt-1", YEAR, COUNTY, 300_000, LocalDate.of(2015, 5, 20), "INV-101", null))
                .expectEvents(new ContributionReceived(FUND, "receipt-1", YEAR, COUNTY, 300_000, LocalDate.of(2015, 5, 20), "INV-101", NOW));
    }

    @Test
    void canRepeatAPaymentWithoutCountingItTwice() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID)
                .when(new RecordContributionReceived(FUND, "receipt-1", YEAR, COUNTY, 300_000, LocalDate.of(2015, 5, 20), "INV-101", null))
                .expectNoEvents()
                .expectResultMessagePayload(4L);
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID)
                .when(new RecordContributionReceived(FUND, "receipt-1", YEAR, POLICE, 160_000, LocalDate.of(2015, 5, 20), "INV-102", null))
                .expectException(refusedWith(DHRFundRefused.RECEIPT_ID_ALREADY_USED));
    }

    @Test
    void cannotReceiveMoreThanWasCalledIn() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID)
                .when(new RecordContributionReceived(FUND, "receipt-2", YEAR, COUNTY, 1, LocalDate.of(2015, 5, 21), null, null))
                .expectException(refusedWith(DHRFundRefused.RECEIPT_EXCEEDS_DRAWDOWN));
        fixture.given(OPENED_EVENT, AGREED, DRAWN)
                .when(new RecordContributionReceived(FUND, "receipt-2", YEAR, "Leicester City Council", 1, LocalDate.of(2015, 5, 21),
                        null, null))
                .expectException(refusedWith(DHRFundRefused.UNKNOWN_PARTNER));
    }

    @Test
    void cannotReceiveAPaymentDatedBeforeTheDrawdownThatCalledItIn() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN)
                .when(new RecordContributionReceived(FUND, "receipt-1", YEAR, COUNTY, 300_000, LocalDate.of(2015, 4, 30), null, null))
                .expectNoEvents()
                .expectException(refusedWith(DHRFundRefused.RECEIPT_BEFORE_DRAWDOWN));
    }

    @Test
    void cannotReceiveAnEarlierPaymentThatLaterPaymentsWouldThenExceedTheirDrawdowns() {
        ContributionsDrawnDown secondCall = new ContributionsDrawnDown(FUND, "call-2", YEAR,
                List.of(new PartnerAmount(COUNTY, 300_000)), "A third review", LocalDate.of(2015, 9, 1), EARLIER);
        fixture.given(OPENED_EVENT, AGREED, DRAWN, secondCall, COUNTY_PAID)
                .when(new RecordContributionReceived(FUND, "receipt-2", YEAR, COUNTY, 300_000, LocalDate.of(2015, 5, 10), null, null))
                .expectNoEvents()
                .expectException(refusedWith(DHRFundRefused.RECEIPT_BEFORE_DRAWDOWN));
        fixture.given(OPENED_EVENT, AGREED, DRAWN, secondCall, COUNTY_PAID)
                .when(new RecordContributionReceived(FUND, "receipt-2", YEAR, COUNTY, 300_000, LocalDate.of(2015, 9, 2), null, null))
                .expectEvents(new ContributionReceived(FUND, "receipt-2", YEAR, COUNTY, 300_000, LocalDate.of(2015, 9, 2), null, NOW));
    }

    @Test
    void cannotUseOneMovementIdForTwoKindsOfMovement() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN)
                .when(new RecordContributionReceived(FUND, "call-1", YEAR, COUNTY, 300_000, LocalDate.of(2015, 5, 20), null, null))
                .expectNoEvents()
                .expectException(refusedWith(DHRFundRefused.MOVEMENT_ID_ALREADY_USED));
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID)
                .when(allocate("receipt-1", 100_000))
                .expectNoEvents()
                .expectException(refusedWith(DHRFundRefused.MOVEMENT_ID_ALREADY_USED));
    }

    @Test
    void canAllocateFromTheBalanceCitingTheResolution() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID)
                .when(allocate("learning-2014", 300_000))
                .expectEvents(new DHRFundingAllocated(FUND, "learning-2014", 300_000, AllocationPurpose.LEARNING_EVENT,
                        "homicide-2014", "Learning event regarding a homicide in 2014", "LSCSB 28 January 2015, minute 7(b)",
                        LocalDate.of(2015, 6, 1), NOW));
        assertThat(reviewsAsked).containsExactly("homicide-2014");
    }

    @Test
    void cannotAllocateMoreThanTheBalance() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID)
                .when(allocate("learning-2014", 300_001))
                .expectException(refusedWith(DHRFundRefused.ALLOCATION_EXCEEDS_BALANCE))
                .expectExceptionMessage("The fund holds £3000.00 not yet allocated; £3000.01 cannot be allocated from it.");
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, LEARNING_EVENT)
                .when(allocate("another", 1))
                .expectException(refusedWith(DHRFundRefused.ALLOCATION_EXCEEDS_BALANCE));
    }

    @Test
    void cannotAllocateToAClosedReviewOrWithoutAResolution() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID)
                .when(new AllocateDHRFunding(FUND, "legal", 100_000, AllocationPurpose.REVIEW, "closed-review", "Review costs",
                        RESOLUTION, LocalDate.of(2015, 6, 1), null))
                .expectException(refusedWith(ReviewRefused.CLOSED));
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID)
                .when(new AllocateDHRFunding(FUND, "legal", 100_000, AllocationPurpose.OTHER, null, "Legal costs", " ",
                        LocalDate.of(2015, 6, 1), null))
                .expectException(BrokenFieldRule.on("resolutionReference"));
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID)
                .when(new AllocateDHRFunding(FUND, "review", 100_000, AllocationPurpose.REVIEW, null, "Review costs", RESOLUTION,
                        LocalDate.of(2015, 6, 1), null))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void canSpendWithinTheAllocation() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, LEARNING_EVENT)
                .when(new RecordExpenditure(FUND, "learning-2014", "venue", 120_000, "Venue and facilitator", "INV-7",
                        LocalDate.of(2015, 7, 1), null))
                .expectEvents(new ExpenditureRecorded(FUND, "learning-2014", "venue", 120_000, "Venue and facilitator", "INV-7",
                        LocalDate.of(2015, 7, 1), NOW));
    }

    @Test
    void cannotOverspendAnAllocation() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, LEARNING_EVENT, new ExpenditureRecorded(FUND, "learning-2014",
                        "venue", 250_000, "Venue", null, LocalDate.of(2015, 7, 1), EARLIER))
                .when(new RecordExpenditure(FUND, "learning-2014", "catering", 50_001, "Catering", null, LocalDate.of(2015, 7, 2), null))
                .expectException(refusedWith(DHRFundRefused.EXPENDITURE_EXCEEDS_ALLOCATION))
                .expectExceptionMessage("Allocation learning-2014 has £500.00 left of £3000.00; £500.01 cannot be spent against it.");
    }

    @Test
    void cannotSpendAgainstAnUnknownOrReleasedAllocation() {
        fixture.given(OPENED_EVENT)
                .when(new RecordExpenditure(FUND, "nothing", "x", 1, "Something", null, LocalDate.of(2015, 7, 2), null))
                .expectException(refusedWith(DHRFundRefused.UNKNOWN_ALLOCATION));
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, LEARNING_EVENT, new AllocationReleased(FUND, "learning-2014",
                        300_000, "Event cancelled", LocalDate.of(2015, 7, 1), EARLIER))
                .when(new RecordExpenditure(FUND, "learning-2014", "late", 1, "Late invoice", null, LocalDate.of(2015, 7, 2), null))
                .expectException(refusedWith(DHRFundRefused.ALLOCATION_RELEASED));
    }

    @Test
    void canReleaseWhatIsUnspentOnce() {
        ExpenditureRecorded venue = new ExpenditureRecorded(FUND, "learning-2014", "venue", 240_000, "Venue", null,
                LocalDate.of(2015, 7, 1), EARLIER);
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, LEARNING_EVENT, venue)
                .when(new ReleaseAllocation(FUND, "learning-2014", "Event held under budget", LocalDate.of(2015, 8, 1), null))
                .expectEvents(new AllocationReleased(FUND, "learning-2014", 60_000, "Event held under budget", LocalDate.of(2015, 8, 1), NOW));
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, LEARNING_EVENT, venue,
                        new AllocationReleased(FUND, "learning-2014", 60_000, "Event held under budget", LocalDate.of(2015, 8, 1), EARLIER))
                .when(new ReleaseAllocation(FUND, "learning-2014", "Event held under budget", LocalDate.of(2015, 8, 1), null))
                .expectNoEvents();
    }

    @Test
    void cannotReleaseAnAllocationSpentInFull() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, LEARNING_EVENT, new ExpenditureRecorded(FUND, "learning-2014",
                        "all", 300_000, "Everything", null, LocalDate.of(2015, 7, 1), EARLIER))
                .when(new ReleaseAllocation(FUND, "learning-2014", "Done", LocalDate.of(2015, 8, 1), null))
                .expectException(refusedWith(DHRFundRefused.NOTHING_TO_RELEASE));
    }

    @Test
    void canCloseAnEndedYearCarryingItsBalanceForward() {
        ExpenditureRecorded venue = new ExpenditureRecorded(FUND, "learning-2014", "venue", 240_000, "Venue", null,
                LocalDate.of(2015, 7, 1), EARLIER);
        ContributionReceived policePaid = new ContributionReceived(FUND, "receipt-2", YEAR, POLICE, 160_000,
                LocalDate.of(2016, 4, 20), null, EARLIER);
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, LEARNING_EVENT, venue, policePaid)
                .when(new CloseFinancialYear(FUND, YEAR, LocalDate.of(2016, 5, 1), null))
                .expectEvents(new FinancialYearClosed(FUND, YEAR, 0, 60_000, "2016-17", LocalDate.of(2016, 5, 1), NOW));
    }

    @Test
    void cannotCloseAYearThatHasNotEndedOrBeforeTheYearBefore() {
        fixture.given(OPENED_EVENT)
                .when(new CloseFinancialYear(FUND, "2016-17", null, null))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must not be before the year's end (2017-04-01)");
        fixture.given(new DHRFundOpened(FUND, "LLR DHR fund", LocalDate.of(2015, 1, 28), 0, EARLIER))
                .when(new CloseFinancialYear(FUND, YEAR, null, null))
                .expectException(refusedWith(DHRFundRefused.PREVIOUS_YEAR_OPEN));
    }

    @Test
    void cannotRecordAnythingInAClosedYear() {
        FinancialYearClosed closed = new FinancialYearClosed(FUND, YEAR, 300_000, 0, "2016-17", LocalDate.of(2016, 4, 5), EARLIER);
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, closed)
                .when(new RecordContributionReceived(FUND, "receipt-2", YEAR, POLICE, 160_000, LocalDate.of(2016, 3, 30), null, null))
                .expectException(refusedWith(DHRFundRefused.FINANCIAL_YEAR_CLOSED));
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, closed)
                .when(allocate("late", 1_000))
                .expectException(refusedWith(DHRFundRefused.FINANCIAL_YEAR_CLOSED));
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, closed)
                .when(new DrawDownContributions(FUND, "call-2", YEAR, null, List.of(new PartnerAmount(RUTLAND, 1_000)), "Late",
                        LocalDate.of(2016, 5, 1), null))
                .expectException(refusedWith(DHRFundRefused.FINANCIAL_YEAR_CLOSED));
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, closed)
                .when(new CloseFinancialYear(FUND, YEAR, LocalDate.of(2016, 4, 5), null))
                .expectNoEvents();
    }

    @Test
    void aPaymentInTheNewYearForAClosedYearsCallIsAccepted() {
        FinancialYearClosed closed = new FinancialYearClosed(FUND, YEAR, 300_000, 0, "2016-17", LocalDate.of(2016, 4, 5), EARLIER);
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, closed)
                .when(new RecordContributionReceived(FUND, "receipt-2", YEAR, POLICE, 160_000, LocalDate.of(2016, 4, 20), null, null))
                .expectEvents(new ContributionReceived(FUND, "receipt-2", YEAR, POLICE, 160_000, LocalDate.of(2016, 4, 20), null, NOW));
    }

    @Test
    void cannotReuseAMovementIdForOtherMoney() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, LEARNING_EVENT)
                .when(allocate("learning-2014", 200_000))
                .expectException(refusedWith(DHRFundRefused.ALLOCATION_ID_ALREADY_USED));
        fixture.given(OPENED_EVENT, AGREED, DRAWN)
                .when(new DrawDownContributions(FUND, "call-1", YEAR, null, List.of(new PartnerAmount(RUTLAND, 25_000)), "Another",
                        LocalDate.of(2015, 5, 2), null))
                .expectException(refusedWith(DHRFundRefused.DRAWDOWN_ID_ALREADY_USED));
    }

    @Test
    void cannotReleaseTwiceForAnotherReason() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, LEARNING_EVENT, new AllocationReleased(FUND, "learning-2014",
                        300_000, "Event cancelled", LocalDate.of(2015, 7, 1), EARLIER))
                .when(new ReleaseAllocation(FUND, "learning-2014", "Another reason", LocalDate.of(2015, 7, 2), null))
                .expectException(refusedWith(DHRFundRefused.ALLOCATION_RELEASED));
    }

    @Test
    void cannotCloseAYearBeforeTheFundsLedgerStarts() {
        fixture.given(OPENED_EVENT)
                .when(new CloseFinancialYear(FUND, "2013-14", null, null))
                .expectException(refusedWith(DHRFundRefused.FINANCIAL_YEAR_BEFORE_FUND));
    }

    @Test
    void cannotAgreeBeforeTheFundOpened() {
        fixture.given(OPENED_EVENT)
                .when(new AgreeAnnualContributions(FUND, YEAR, contributions(), RESOLUTION, OPENED.minusDays(1), null))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must not be before the fund's opening (2015-04-01)");
    }

    @Test
    void aRetryIsAnsweredEvenAfterTheFundHasMovedOn() {
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, LEARNING_EVENT)
                .when(new RecordContributionReceived(FUND, "receipt-1", YEAR, COUNTY, 300_000, LocalDate.of(2015, 5, 20), "INV-101", 3L))
                .expectNoEvents()
                .expectResultMessagePayload(5L);
        fixture.given(OPENED_EVENT, AGREED, DRAWN, COUNTY_PAID, LEARNING_EVENT)
                .when(new RecordContributionReceived(FUND, "receipt-2", YEAR, POLICE, 100_000, LocalDate.of(2015, 5, 20), null, 3L))
                .expectException(refusedWith(CaseRefused.VERSION_CONFLICT));
    }
}
