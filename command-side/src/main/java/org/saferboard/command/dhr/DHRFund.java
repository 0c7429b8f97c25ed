package org.saferboard.command.dhr;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.saferboard.command.CommandChecks.currentVersion;
import static org.saferboard.command.CommandChecks.onOrBeforeToday;
import static org.saferboard.command.CommandChecks.requireText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.BusinessYear;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.Money;
import org.saferboard.api.Pence;
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
import org.saferboard.api.dhr.events.DHRFundEvent;
import org.saferboard.api.dhr.events.DHRFundOpened;
import org.saferboard.api.dhr.events.DHRFundPosition;
import org.saferboard.api.dhr.events.DHRFundingAllocated;
import org.saferboard.api.dhr.events.ExpenditureRecorded;
import org.saferboard.api.dhr.events.FinancialYearClosed;
import org.saferboard.command.CaseRefusal;
import org.saferboard.command.CommandChecks;

/**
 * The pooled DHR fund: the partners' contributions agreed for each financial year, drawn down
 * (called in) only when reviews need them and received; allocations from the pool to a review, a
 * learning event or another purpose, each citing the resolution that approved it; spending against
 * an allocation; unspent money released back; and the close of each year with its balance carried
 * forward. Money is whole pence. What may be allocated is the fund's {@link DHRFundPosition#available()}
 * money (the definition the ledgers show): an allocation beyond it is refused, as is spending beyond
 * an allocation. Movements
 * carry their business date; nothing is recorded in a closed year. Commands that add a movement
 * carry the caller's id for it, so a retry answers the original result instead of counting twice;
 * a retry is recognised before the expected version is checked, since the fund may have moved on
 * since the first attempt.
 */
@Revision(DHRFund.SNAPSHOT_SHAPE)
@Aggregate(snapshotTriggerDefinition = "fundSnapshotTrigger")
public class DHRFund {

    /** The shape of this class as its snapshots hold it: raised with every change of its fields (see Action's). */
    public static final String SNAPSHOT_SHAPE = "2";

    @AggregateIdentifier
    private String fundId;
    private DHRFundOpened openedAs;
    private DHRFundPosition position = DHRFundPosition.NOTHING;
    /** Changes to the money available by the financial year of their date, for the balance carried forward at a year's close. */
    private final Map<String, Money> availableChangeByYear = new HashMap<>();
    private final Map<String, AnnualContributionsAgreed> agreedByYear = new HashMap<>();
    /** year, then partner: pence called in and pence received. */
    private final Map<String, Map<String, Long>> drawnDown = new HashMap<>();
    private final Map<String, Map<String, Long>> received = new HashMap<>();
    private final Map<String, ContributionsDrawnDown> drawdowns = new HashMap<>();
    private final Map<String, ContributionReceived> receipts = new HashMap<>();
    private final Map<String, Allocation> allocations = new HashMap<>();
    private final Map<String, ExpenditureRecorded> expenditures = new HashMap<>();
    private final Set<String> closedYears = new HashSet<>();

    /** An allocation and what has become of its money. */
    record Allocation(DHRFundingAllocated allocated, Money spent, AllocationReleased release) {

        Money remaining() {
            return release != null ? Money.ZERO : Money.ofPence(allocated.amountPence()).minus(spent);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(OpenDHRFund command, Clock clock) {
        if (openedAs != null) {
            if (!(openedAs.name().equals(command.name()) && openedAs.openingBalancePence() == command.openingBalancePence()
                    && Objects.equals(openedAs.openedOn(), command.openedOn()))) {
                throw DHRFundRefused.FUND_ID_ALREADY_USED.because("Fund " + command.fundId()
                        + " is open already with other details; choose a new fundId for another fund.");
            }
            return AggregateVersions.fromSequenceNumber(0);
        }
        onOrBeforeToday(command.openedOn(), "openedOn", clock);
        apply(new DHRFundOpened(command.fundId(), command.name(), command.openedOn(), command.openingBalancePence(),
                clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(AgreeAnnualContributions command, Clock clock) {
        String year = command.financialYear();
        List<PartnerAmount> contributions = requireEachPartnerOnce(command.contributions(), "contributions");
        LocalDate agreedOn = onOrBeforeToday(command.agreedOn(), "agreedOn", clock, openedAs.openedOn(), "the fund's opening");
        requireYearOpen(year);
        AnnualContributionsAgreed existing = agreedByYear.get(year);
        AnnualContributionsAgreed agreed = new AnnualContributionsAgreed(fundId, year, contributions,
                command.resolutionReference(), agreedOn, existing != null ? existing.recordedAt() : clock.instant());
        if (existing != null) {
            if (existing.equals(agreed)) {
                return currentVersion();
            }
            throw DHRFundRefused.CONTRIBUTIONS_ALREADY_AGREED.because("The contributions for " + year + " were agreed on "
                    + existing.agreedOn() + " (" + existing.resolutionReference() + "); they are not agreed a second time.");
        }
        requireVersion(command.expectedVersion());
        apply(agreed);
        return currentVersion();
    }

    @CommandHandler
    long handle(DrawDownContributions command, Clock clock) {
        String year = command.financialYear();
        LocalDate drawnOn = onOrBeforeToday(command.drawnOn(), "drawnOn", clock, openedAs.openedOn(), "the fund's opening");
        if ((command.totalPence() == null) == (command.amounts() == null)) {
            throw new InvalidFieldException("total", "give either total (shared pro rata to the agreed contributions) "
                    + "or amounts (per partner), not both or neither");
        }
        AnnualContributionsAgreed agreed = requireAgreed(year);
        List<PartnerAmount> amounts = command.totalPence() != null
                ? proRata(agreed, command.totalPence())
                : requireEachPartnerOnce(command.amounts(), "amounts");
        requireMovementIdOf(command.drawdownId(), "drawdown");
        ContributionsDrawnDown earlier = drawdowns.get(command.drawdownId());
        ContributionsDrawnDown drawdown = new ContributionsDrawnDown(fundId, command.drawdownId(), year, amounts,
                command.reason(), drawnOn, earlier != null ? earlier.recordedAt() : clock.instant());
        if (isRetry(earlier, drawdown, DHRFundRefused.DRAWDOWN_ID_ALREADY_USED, "drawdown")) {
            return currentVersion();
        }
        requireVersion(command.expectedVersion());
        requireYearOpen(year);
        requireYearOpenOn(drawnOn);
        Map<String, Long> agreedByPartner = byPartner(agreed.contributions());
        for (PartnerAmount amount : amounts) {
            Long partnerAgreed = agreedByPartner.get(amount.partner());
            if (partnerAgreed == null) {
                throw unknownPartner(amount.partner(), year);
            }
            long alreadyDrawn = drawnDown.getOrDefault(year, Map.of()).getOrDefault(amount.partner(), 0L);
            if (Math.addExact(alreadyDrawn, amount.amountPence()) > partnerAgreed) {
                throw DHRFundRefused.DRAWDOWN_EXCEEDS_AGREED.because(amount.partner() + " agreed £" + Pence.format(partnerAgreed)
                        + " for " + year + " and £" + Pence.format(alreadyDrawn) + " is drawn down already; £"
                        + Pence.format(amount.amountPence()) + " more would exceed the agreed contribution.");
            }
        }
        apply(drawdown);
        return currentVersion();
    }

    @CommandHandler
    long handle(RecordContributionReceived command, Clock clock) {
        String year = command.financialYear();
        LocalDate receivedOn = onOrBeforeToday(command.receivedOn(), "receivedOn", clock, openedAs.openedOn(),
                "the fund's opening");
        requireMovementIdOf(command.receiptId(), "receipt");
        ContributionReceived earlier = receipts.get(command.receiptId());
        ContributionReceived receipt = new ContributionReceived(fundId, command.receiptId(), year, command.partner(),
                command.amountPence(), receivedOn, command.reference(), earlier != null ? earlier.recordedAt() : clock.instant());
        if (isRetry(earlier, receipt, DHRFundRefused.RECEIPT_ID_ALREADY_USED, "receipt")) {
            return currentVersion();
        }
        requireVersion(command.expectedVersion());
        AnnualContributionsAgreed agreed = requireAgreed(year);
        if (!byPartner(agreed.contributions()).containsKey(command.partner())) {
            throw unknownPartner(command.partner(), year);
        }
        requireYearOpenOn(receivedOn);
        long calledIn = drawnDown.getOrDefault(year, Map.of()).getOrDefault(command.partner(), 0L);
        long alreadyReceived = received.getOrDefault(year, Map.of()).getOrDefault(command.partner(), 0L);
        if (Math.addExact(alreadyReceived, command.amountPence()) > calledIn) {
            throw DHRFundRefused.RECEIPT_EXCEEDS_DRAWDOWN.because(command.partner() + " has been asked for £" + Pence.format(calledIn)
                    + " of its " + year + " contribution and has paid £" + Pence.format(alreadyReceived) + "; a payment of £"
                    + Pence.format(command.amountPence()) + " is more than is outstanding. Draw the contribution down first.");
        }
        requireCalledInBy(receivedOn, year, command.partner(), command.amountPence());
        apply(receipt);
        return currentVersion();
    }

    @CommandHandler
    long handle(AllocateDHRFunding command, Clock clock, ReviewFunding reviews) {
        if (command.purpose() != AllocationPurpose.OTHER) {
            requireText(command.reviewId(), "reviewId");
        }
        LocalDate allocatedOn = onOrBeforeToday(command.allocatedOn(), "allocatedOn", clock, openedAs.openedOn(),
                "the fund's opening");
        requireMovementIdOf(command.allocationId(), "allocation");
        DHRFundingAllocated earlier = allocations.containsKey(command.allocationId())
                ? allocations.get(command.allocationId()).allocated() : null;
        DHRFundingAllocated allocation = new DHRFundingAllocated(fundId, command.allocationId(), command.amountPence(),
                command.purpose(), command.reviewId(), command.description(), command.resolutionReference(), allocatedOn,
                earlier != null ? earlier.recordedAt() : clock.instant());
        if (isRetry(earlier, allocation, DHRFundRefused.ALLOCATION_ID_ALREADY_USED, "allocation")) {
            return currentVersion();
        }
        requireVersion(command.expectedVersion());
        requireYearOpenOn(allocatedOn);
        if (Money.ofPence(command.amountPence()).isMoreThan(position.available())) {
            throw DHRFundRefused.ALLOCATION_EXCEEDS_BALANCE.because("The fund holds £" + position.available()
                    + " not yet allocated; £" + Pence.format(command.amountPence()) + " cannot be allocated from it.");
        }
        if (command.reviewId() != null) {
            reviews.requireAcceptsFunding(command.reviewId());
        }
        apply(allocation);
        return currentVersion();
    }

    @CommandHandler
    long handle(RecordExpenditure command, Clock clock) {
        Allocation allocation = requireAllocation(command.allocationId());
        LocalDate spentOn = onOrBeforeToday(command.spentOn(), "spentOn", clock, allocation.allocated().allocatedOn(),
                "the allocation");
        requireMovementIdOf(command.expenditureId(), "expenditure");
        ExpenditureRecorded earlier = expenditures.get(command.expenditureId());
        ExpenditureRecorded expenditure = new ExpenditureRecorded(fundId, command.allocationId(), command.expenditureId(),
                command.amountPence(), command.description(), command.reference(), spentOn,
                earlier != null ? earlier.recordedAt() : clock.instant());
        if (isRetry(earlier, expenditure, DHRFundRefused.EXPENDITURE_ID_ALREADY_USED, "expenditure")) {
            return currentVersion();
        }
        requireVersion(command.expectedVersion());
        requireYearOpenOn(spentOn);
        if (allocation.release() != null) {
            throw DHRFundRefused.ALLOCATION_RELEASED.because("Allocation " + command.allocationId() + " was released on "
                    + allocation.release().releasedOn() + "; it takes no more spending.");
        }
        if (Money.ofPence(command.amountPence()).isMoreThan(allocation.remaining())) {
            throw DHRFundRefused.EXPENDITURE_EXCEEDS_ALLOCATION.because("Allocation " + command.allocationId() + " has £"
                    + allocation.remaining() + " left of £" + Pence.format(allocation.allocated().amountPence())
                    + "; £" + Pence.format(command.amountPence()) + " cannot be spent against it.");
        }
        apply(expenditure);
        return currentVersion();
    }

    @CommandHandler
    long handle(ReleaseAllocation command, Clock clock) {
        Allocation allocation = requireAllocation(command.allocationId());
        LocalDate releasedOn = onOrBeforeToday(command.releasedOn(), "releasedOn", clock, allocation.allocated().allocatedOn(),
                "the allocation");
        AllocationReleased release = allocation.release();
        if (release != null) {
            if (release.reason().equals(command.reason()) && release.releasedOn().equals(releasedOn)) {
                return currentVersion();
            }
            throw DHRFundRefused.ALLOCATION_RELEASED.because("Allocation " + command.allocationId() + " was released on "
                    + release.releasedOn() + " already.");
        }
        requireVersion(command.expectedVersion());
        requireYearOpenOn(releasedOn);
        if (allocation.remaining().equals(Money.ZERO)) {
            throw DHRFundRefused.NOTHING_TO_RELEASE.because("Allocation " + command.allocationId()
                    + " is spent in full; there is nothing to release.");
        }
        apply(new AllocationReleased(fundId, command.allocationId(), allocation.remaining().pence(), command.reason(), releasedOn,
                clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(CloseFinancialYear command, Clock clock) {
        String year = command.financialYear();
        if (closedYears.contains(year)) {
            return currentVersion();
        }
        requireVersion(command.expectedVersion());
        LocalDate lastDay = BusinessYear.FINANCIAL.lastDay(year);
        LocalDate closedOn = onOrBeforeToday(command.closedOn(), "closedOn", clock, lastDay.plusDays(1), "the year's end");
        String openingYear = BusinessYear.FINANCIAL.containing(openedAs.openedOn());
        if (lastDay.isBefore(openedAs.openedOn())) {
            throw DHRFundRefused.FINANCIAL_YEAR_BEFORE_FUND.because("The fund's ledger starts in " + openingYear + "; " + year
                    + " is not kept in it.");
        }
        if (!year.equals(openingYear)) {
            String previous = BusinessYear.FINANCIAL.preceding(year);
            if (!closedYears.contains(previous)) {
                throw DHRFundRefused.PREVIOUS_YEAR_OPEN.because("Close " + previous + " first: its balance is carried into " + year
                        + ".");
            }
        }
        Money availableAtYearEnd = Money.ZERO;
        for (Map.Entry<String, Money> change : availableChangeByYear.entrySet()) {
            if (!BusinessYear.FINANCIAL.firstDay(change.getKey()).isAfter(lastDay)) {
                availableAtYearEnd = availableAtYearEnd.plus(change.getValue());
            }
        }
        Money unspent = Money.ZERO;
        for (Allocation allocation : allocations.values()) {
            if (!allocation.allocated().allocatedOn().isAfter(lastDay)) {
                unspent = unspent.plus(allocation.remaining());
            }
        }
        apply(new FinancialYearClosed(fundId, year, availableAtYearEnd.pence(), unspent.pence(),
                BusinessYear.FINANCIAL.following(year), closedOn, clock.instant()));
        return currentVersion();
    }

    private void requireVersion(Long expectedVersion) {
        CommandChecks.requireVersion(expectedVersion, "Fund " + fundId);
    }

    /** An id names one movement: a retry of the same kind is recognised later; another kind is refused here. */
    private void requireMovementIdOf(String movementId, String kind) {
        String usedFor = drawdowns.containsKey(movementId) ? "drawdown"
                : receipts.containsKey(movementId) ? "receipt"
                : allocations.containsKey(movementId) ? "allocation"
                : expenditures.containsKey(movementId) ? "expenditure"
                : null;
        if (usedFor != null && !usedFor.equals(kind)) {
            throw DHRFundRefused.MOVEMENT_ID_ALREADY_USED.because("The id " + movementId + " is the id of " + article(usedFor) + " "
                    + usedFor + " of this fund already; choose a new id for this " + kind + ".");
        }
    }

    private static String article(String kind) {
        return "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an" : "a";
    }

    /**
     * A payment answers money already called in: on its date, and on every later date of a drawdown
     * or payment, what the partner has paid may not exceed what it had been asked for by then.
     */
    private void requireCalledInBy(LocalDate receivedOn, String year, String partner, long amountPence) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(receivedOn);
        drawdowns.values().stream().filter(drawdown -> drawdown.financialYear().equals(year))
                .forEach(drawdown -> dates.add(drawdown.drawnOn()));
        receipts.values().stream().filter(receipt -> receipt.financialYear().equals(year) && receipt.partner().equals(partner))
                .forEach(receipt -> dates.add(receipt.receivedOn()));
        for (LocalDate date : dates.tailSet(receivedOn)) {
            long calledIn = drawdowns.values().stream()
                    .filter(drawdown -> drawdown.financialYear().equals(year) && !drawdown.drawnOn().isAfter(date))
                    .flatMap(drawdown -> drawdown.amounts().stream())
                    .filter(amount -> amount.partner().equals(partner))
                    .mapToLong(PartnerAmount::amountPence).reduce(0L, Math::addExact);
            long paid = receipts.values().stream()
                    .filter(receipt -> receipt.financialYear().equals(year) && receipt.partner().equals(partner)
                            && !receipt.receivedOn().isAfter(date))
                    .mapToLong(ContributionReceived::amountPence).reduce(amountPence, Math::addExact);
            if (paid > calledIn) {
                throw DHRFundRefused.RECEIPT_BEFORE_DRAWDOWN.because("By " + date + " " + partner + " had been asked for £"
                        + Pence.format(calledIn) + " of its " + year + " contribution; with this payment of £"
                        + Pence.format(amountPence) + " on " + receivedOn + " it would have paid £" + Pence.format(paid)
                        + " by then. A payment answers a drawdown made on or before the day it was received.");
            }
        }
    }

    /** The financial year of a movement's date must be open. */
    private void requireYearOpenOn(LocalDate date) {
        requireYearOpen(BusinessYear.FINANCIAL.containing(date));
    }

    private void requireYearOpen(String year) {
        if (closedYears.contains(year)) {
            throw DHRFundRefused.FINANCIAL_YEAR_CLOSED.because("The fund's " + year + " financial year is closed; nothing more is "
                    + "recorded in it. Record the change in the current year.");
        }
    }

    private AnnualContributionsAgreed requireAgreed(String year) {
        AnnualContributionsAgreed agreed = agreedByYear.get(year);
        if (agreed == null) {
            throw DHRFundRefused.CONTRIBUTIONS_NOT_AGREED.because("No contributions are agreed for " + year
                    + "; agree them before drawing them down or recording payments.");
        }
        return agreed;
    }

    private Allocation requireAllocation(String allocationId) {
        Allocation allocation = allocations.get(allocationId);
        if (allocation == null) {
            throw DHRFundRefused.UNKNOWN_ALLOCATION.because("Fund " + fundId + " has no allocation " + allocationId + ".");
        }
        return allocation;
    }

    private static CaseRefusal unknownPartner(String partner, String year) {
        return DHRFundRefused.UNKNOWN_PARTNER.because(partner + " has no contribution agreed for " + year + ".");
    }

    /**
     * Whether the command repeats the one already recorded under its id: the event it would record,
     * built with the recorded event's instant, equals the recorded one. The same id with other
     * content is refused.
     */
    private static <E extends Record> boolean isRetry(E recorded, E wouldRecord, DHRFundRefused idUsed, String what) {
        if (recorded == null) {
            return false;
        }
        if (recorded.equals(wouldRecord)) {
            return true;
        }
        throw idUsed.because("This " + what + " id is recorded already with other details; choose a new id for another "
                + what + ".");
    }

    /** A partner is named once in a list of amounts (the amounts' own rules are on PartnerAmount). */
    private static List<PartnerAmount> requireEachPartnerOnce(List<PartnerAmount> amounts, String field) {
        Set<String> partners = new HashSet<>();
        for (int i = 0; i < amounts.size(); i++) {
            if (!partners.add(amounts.get(i).partner())) {
                throw new InvalidFieldException(field + "[" + i + "].partner", "names " + amounts.get(i).partner()
                        + " a second time");
            }
        }
        return List.copyOf(amounts);
    }

    /** The total shared in proportion to the agreed contributions (see ProRataShares); never more than was agreed. */
    static List<PartnerAmount> proRata(AnnualContributionsAgreed agreed, long totalPence) {
        long agreedTotal = agreed.contributions().stream().mapToLong(PartnerAmount::amountPence).reduce(0L, Math::addExact);
        if (totalPence > agreedTotal) {
            throw DHRFundRefused.DRAWDOWN_EXCEEDS_AGREED.because("£" + Pence.format(totalPence) + " is more than the £"
                    + Pence.format(agreedTotal) + " agreed for " + agreed.financialYear() + ".");
        }
        return ProRataShares.share(totalPence, agreed.contributions());
    }

    private static Map<String, Long> byPartner(List<PartnerAmount> amounts) {
        Map<String, Long> byPartner = new LinkedHashMap<>();
        amounts.forEach(amount -> byPartner.put(amount.partner(), amount.amountPence()));
        return byPartner;
    }

    /** The fund's money after the event, and the change to what is available in the year of the event's date. */
    private void move(DHRFundEvent event) {
        DHRFundPosition after = event.applyTo(position);
        availableChangeByYear.merge(BusinessYear.FINANCIAL.containing(event.datedOn()),
                after.available().minus(position.available()), Money::plus);
        position = after;
    }

    @EventSourcingHandler
    void on(DHRFundOpened event) {
        fundId = event.fundId();
        openedAs = event;
        move(event);
    }

    @EventSourcingHandler
    void on(AnnualContributionsAgreed event) {
        agreedByYear.put(event.financialYear(), event);
    }

    @EventSourcingHandler
    void on(ContributionsDrawnDown event) {
        drawdowns.put(event.drawdownId(), event);
        Map<String, Long> drawn = drawnDown.computeIfAbsent(event.financialYear(), year -> new HashMap<>());
        event.amounts().forEach(amount -> drawn.merge(amount.partner(), amount.amountPence(), Math::addExact));
    }

    @EventSourcingHandler
    void on(ContributionReceived event) {
        receipts.put(event.receiptId(), event);
        received.computeIfAbsent(event.financialYear(), year -> new HashMap<>())
                .merge(event.partner(), event.amountPence(), Math::addExact);
        move(event);
    }

    @EventSourcingHandler
    void on(DHRFundingAllocated event) {
        allocations.put(event.allocationId(), new Allocation(event, Money.ZERO, null));
        move(event);
    }

    @EventSourcingHandler
    void on(ExpenditureRecorded event) {
        expenditures.put(event.expenditureId(), event);
        Allocation allocation = allocations.get(event.allocationId());
        allocations.put(event.allocationId(), new Allocation(allocation.allocated(),
                allocation.spent().plus(Money.ofPence(event.amountPence())), null));
        move(event);
    }

    @EventSourcingHandler
    void on(AllocationReleased event) {
        Allocation allocation = allocations.get(event.allocationId());
        allocations.put(event.allocationId(), new Allocation(allocation.allocated(), allocation.spent(), event));
        move(event);
    }

    @EventSourcingHandler
    void on(FinancialYearClosed event) {
        closedYears.add(event.financialYear());
    }

    DHRFund() {
        // for Axon
    }
}
