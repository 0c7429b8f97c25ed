package org.saferboard.query.dhr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saferboard.api.BusinessYear;
import org.saferboard.api.Money;
import org.saferboard.api.dhr.PartnerAmount;
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
import org.saferboard.api.dhr.views.AllocationList;
import org.saferboard.api.dhr.views.ContributionLedger;
import org.saferboard.api.dhr.views.DHRFundLedger;
import org.saferboard.api.dhr.views.PartnerStatement;

/**
 * The fund's ledgers, worked out from its events in the order they were recorded. Sums are
 * {@link Money} with exact arithmetic, shown as pounds only in the answer; the balances are the
 * fund's {@link DHRFundPosition}, the definition its aggregate decides by. Nothing here is stored, so
 * a ledger cannot drift from the events it is read from.
 */
final class DHRFundLedgers {

    private DHRFundLedgers() {
    }

    /** A partner's (or a total's) contribution figures for a year. */
    private record Contribution(Money agreed, Money drawnDown, Money received) {

        static final Contribution NONE = new Contribution(Money.ZERO, Money.ZERO, Money.ZERO);

        Contribution agreed(Money amount) {
            return new Contribution(amount, drawnDown, received);
        }

        Contribution drawnDown(Money amount) {
            return new Contribution(agreed, drawnDown.plus(amount), received);
        }

        Contribution received(Money amount) {
            return new Contribution(agreed, drawnDown, received.plus(amount));
        }

        Contribution plus(Contribution other) {
            return new Contribution(agreed.plus(other.agreed), drawnDown.plus(other.drawnDown), received.plus(other.received));
        }

        /** Called in and not yet paid. */
        Money outstanding() {
            return drawnDown.minus(received);
        }

        Money notYetDrawnDown() {
            return agreed.minus(drawnDown);
        }
    }

    private static Money money(long pence) {
        return Money.ofPence(pence);
    }

    static Optional<ContributionLedger> contributions(String fundId, String year, List<DHRFundEvent> events) {
        AnnualContributionsAgreed agreed = null;
        Map<String, Contribution> byPartner = new LinkedHashMap<>();
        boolean closed = false;
        for (DHRFundEvent event : events) {
            if (event instanceof AnnualContributionsAgreed e && e.financialYear().equals(year)) {
                agreed = e;
                e.contributions().forEach(amount -> byPartner.merge(amount.partner(),
                        Contribution.NONE.agreed(money(amount.amountPence())), (was, now) -> was.agreed(now.agreed())));
            } else if (event instanceof ContributionsDrawnDown e && e.financialYear().equals(year)) {
                e.amounts().forEach(amount -> byPartner.merge(amount.partner(),
                        Contribution.NONE.drawnDown(money(amount.amountPence())), Contribution::plus));
            } else if (event instanceof ContributionReceived e && e.financialYear().equals(year)) {
                byPartner.merge(e.partner(), Contribution.NONE.received(money(e.amountPence())), Contribution::plus);
            } else if (event instanceof FinancialYearClosed e && e.financialYear().equals(year)) {
                closed = true;
            }
        }
        if (agreed == null) {
            return Optional.empty();
        }
        List<ContributionLedger.Line> lines = new ArrayList<>();
        Contribution totals = Contribution.NONE;
        for (Map.Entry<String, Contribution> partner : byPartner.entrySet()) {
            lines.add(contributionLine(partner.getKey(), partner.getValue()));
            totals = totals.plus(partner.getValue());
        }
        return Optional.of(new ContributionLedger(fundId, year, agreed.agreedOn(), agreed.resolutionReference(), closed, lines,
                contributionLine(null, totals)));
    }

    private static ContributionLedger.Line contributionLine(String partner, Contribution figures) {
        return new ContributionLedger.Line(partner, figures.agreed().toString(), figures.drawnDown().toString(),
                figures.received().toString(), figures.outstanding().toString(), figures.notYetDrawnDown().toString());
    }

    static Optional<DHRFundLedger> ledger(String fundId, String year, List<DHRFundEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof DHRFundOpened opened)) {
            return Optional.empty();
        }
        LocalDate from = year == null ? LocalDate.MIN : BusinessYear.FINANCIAL.firstDay(year);
        LocalDate to = year == null ? LocalDate.MAX : BusinessYear.FINANCIAL.lastDay(year);
        DHRFundPosition position = DHRFundPosition.NOTHING;
        DHRFundPosition broughtForward = null;
        Map<String, DHRFundingAllocated> allocations = new LinkedHashMap<>();
        List<DHRFundLedger.Movement> movements = new ArrayList<>();
        List<DHRFundLedger.ClosedYear> closedYears = new ArrayList<>();
        Money totalIn = Money.ZERO;
        Money totalOut = Money.ZERO;
        // movements are listed by date; events of one date keep the order they were recorded in
        List<Dated> dated = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            DHRFundEvent event = events.get(i);
            if (movesMoney(event)) {
                dated.add(new Dated(event.datedOn(), i, event));
            } else if (event instanceof FinancialYearClosed e) {
                closedYears.add(new DHRFundLedger.ClosedYear(e.financialYear(), e.closedOn(), money(e.balancePence()).toString(),
                        money(e.unspentAllocationsPence()).toString()));
            }
        }
        dated.sort((a, b) -> a.on().equals(b.on()) ? Integer.compare(a.order(), b.order()) : a.on().compareTo(b.on()));
        for (Dated entry : dated) {
            if (broughtForward == null && !entry.on().isBefore(from)) {
                broughtForward = position;
            }
            if (entry.on().isAfter(to)) {
                break;
            }
            if (entry.event() instanceof DHRFundingAllocated allocated) {
                allocations.put(allocated.allocationId(), allocated);
            }
            DHRFundPosition before = position;
            position = entry.event().applyTo(before);
            if (!entry.on().isBefore(from)) {
                Money balanceChange = position.balance().minus(before.balance());
                Money moneyIn = balanceChange.compareTo(Money.ZERO) > 0 ? balanceChange : Money.ZERO;
                Money moneyOut = balanceChange.compareTo(Money.ZERO) < 0 ? balanceChange.negated() : Money.ZERO;
                movements.add(movement(entry.event(), entry.on(), moneyIn, moneyOut,
                        position.committed().minus(before.committed()), position, allocations));
                totalIn = totalIn.plus(moneyIn);
                totalOut = totalOut.plus(moneyOut);
            }
        }
        if (broughtForward == null) {
            broughtForward = position;
        }
        return Optional.of(new DHRFundLedger(fundId, opened.name(), year, balances(broughtForward), movements, balances(position),
                totalIn.toString(), totalOut.toString(), closedYears));
    }

    private record Dated(LocalDate on, int order, DHRFundEvent event) {
    }

    /** The events the fund ledger lists: those that change its position (agreeing and calling in change none). */
    private static boolean movesMoney(DHRFundEvent event) {
        return event instanceof DHRFundOpened || event instanceof ContributionReceived || event instanceof DHRFundingAllocated
                || event instanceof ExpenditureRecorded || event instanceof AllocationReleased;
    }

    private static DHRFundLedger.Balances balances(DHRFundPosition position) {
        return new DHRFundLedger.Balances(position.balance().toString(), position.committed().toString(),
                position.available().toString());
    }

    private static String shown(Money amount) {
        return amount.equals(Money.ZERO) ? null : amount.toString();
    }

    private static DHRFundLedger.Movement movement(DHRFundEvent event, LocalDate on, Money moneyIn, Money moneyOut,
                                                Money committedChange, DHRFundPosition after,
                                                Map<String, DHRFundingAllocated> allocations) {
        DHRFundLedger.Kind kind;
        String description;
        String reference = null;
        String partner = null;
        String allocationId = null;
        if (event instanceof DHRFundOpened e) {
            kind = DHRFundLedger.Kind.OPENING_BALANCE;
            description = "Balance brought into " + e.name();
        } else if (event instanceof ContributionReceived e) {
            kind = DHRFundLedger.Kind.CONTRIBUTION_RECEIVED;
            description = e.financialYear() + " contribution";
            reference = e.reference();
            partner = e.partner();
        } else if (event instanceof DHRFundingAllocated e) {
            kind = DHRFundLedger.Kind.ALLOCATION;
            description = e.description();
            reference = e.resolutionReference();
            allocationId = e.allocationId();
        } else if (event instanceof ExpenditureRecorded e) {
            kind = DHRFundLedger.Kind.EXPENDITURE;
            description = e.description();
            reference = e.reference();
            allocationId = e.allocationId();
        } else {
            AllocationReleased e = (AllocationReleased) event;
            kind = DHRFundLedger.Kind.RELEASE;
            description = "Unspent money of " + allocations.get(e.allocationId()).description() + " released: " + e.reason();
            allocationId = e.allocationId();
        }
        return new DHRFundLedger.Movement(on, BusinessYear.FINANCIAL.containing(on), kind, description, reference, partner,
                allocationId, shown(moneyIn), shown(moneyOut), shown(committedChange), balances(after));
    }

    /** An allocation with what was spent and released of it. */
    record AllocationFigures(DHRFundingAllocated allocated, List<AllocationList.Spend> spending, Money spent, Money released) {

        Money amount() {
            return money(allocated.amountPence());
        }

        Money remaining() {
            return amount().minus(spent).minus(released);
        }
    }

    static List<AllocationFigures> allocationFigures(List<DHRFundEvent> events) {
        Map<String, AllocationFigures> figures = new LinkedHashMap<>();
        for (DHRFundEvent event : events) {
            if (event instanceof DHRFundingAllocated e) {
                figures.put(e.allocationId(), new AllocationFigures(e, new ArrayList<>(), Money.ZERO, Money.ZERO));
            } else if (event instanceof ExpenditureRecorded e) {
                AllocationFigures allocation = figures.get(e.allocationId());
                allocation.spending().add(new AllocationList.Spend(e.expenditureId(), e.spentOn(), e.description(),
                        e.reference(), money(e.amountPence()).toString()));
                figures.put(e.allocationId(), new AllocationFigures(allocation.allocated(), allocation.spending(),
                        allocation.spent().plus(money(e.amountPence())), allocation.released()));
            } else if (event instanceof AllocationReleased e) {
                AllocationFigures allocation = figures.get(e.allocationId());
                figures.put(e.allocationId(), new AllocationFigures(allocation.allocated(), allocation.spending(),
                        allocation.spent(), allocation.released().plus(money(e.amountPence()))));
            }
        }
        return List.copyOf(figures.values());
    }

    static AllocationList allocations(String fundId, List<DHRFundEvent> events) {
        List<AllocationList.Allocation> lines = new ArrayList<>();
        Money allocated = Money.ZERO;
        Money spent = Money.ZERO;
        Money released = Money.ZERO;
        Money remaining = Money.ZERO;
        for (AllocationFigures figures : allocationFigures(events)) {
            DHRFundingAllocated allocation = figures.allocated();
            AllocationList.Status status = figures.released().compareTo(Money.ZERO) > 0 ? AllocationList.Status.RELEASED
                    : figures.remaining().equals(Money.ZERO) ? AllocationList.Status.SPENT : AllocationList.Status.OPEN;
            lines.add(new AllocationList.Allocation(allocation.allocationId(), allocation.allocatedOn(), allocation.purpose(),
                    allocation.reviewId(), allocation.description(), allocation.resolutionReference(),
                    figures.amount().toString(), figures.spent().toString(), figures.released().toString(),
                    figures.remaining().toString(), status, figures.spending()));
            allocated = allocated.plus(figures.amount());
            spent = spent.plus(figures.spent());
            released = released.plus(figures.released());
            remaining = remaining.plus(figures.remaining());
        }
        return new AllocationList(fundId, lines, allocated.toString(), spent.toString(), released.toString(),
                remaining.toString());
    }

    static Optional<PartnerStatement> partnerStatement(String fundId, String partner, List<DHRFundEvent> events) {
        Map<String, Contribution> byYear = new LinkedHashMap<>();
        List<PartnerStatement.Entry> entries = new ArrayList<>();
        Money outstanding = Money.ZERO;
        for (DHRFundEvent event : events) {
            if (event instanceof AnnualContributionsAgreed e) {
                for (PartnerAmount amount : e.contributions()) {
                    if (amount.partner().equals(partner)) {
                        byYear.merge(e.financialYear(), Contribution.NONE.agreed(money(amount.amountPence())),
                                (was, now) -> was.agreed(now.agreed()));
                        entries.add(new PartnerStatement.Entry(e.agreedOn(), e.financialYear(), PartnerStatement.Kind.AGREED,
                                e.resolutionReference(), money(amount.amountPence()).toString(), outstanding.toString()));
                    }
                }
            } else if (event instanceof ContributionsDrawnDown e) {
                for (PartnerAmount amount : e.amounts()) {
                    if (amount.partner().equals(partner)) {
                        byYear.merge(e.financialYear(), Contribution.NONE.drawnDown(money(amount.amountPence())),
                                Contribution::plus);
                        outstanding = outstanding.plus(money(amount.amountPence()));
                        entries.add(new PartnerStatement.Entry(e.drawnOn(), e.financialYear(), PartnerStatement.Kind.DRAWN_DOWN,
                                e.reason(), money(amount.amountPence()).toString(), outstanding.toString()));
                    }
                }
            } else if (event instanceof ContributionReceived e && e.partner().equals(partner)) {
                byYear.merge(e.financialYear(), Contribution.NONE.received(money(e.amountPence())), Contribution::plus);
                outstanding = outstanding.minus(money(e.amountPence()));
                entries.add(new PartnerStatement.Entry(e.receivedOn(), e.financialYear(), PartnerStatement.Kind.RECEIVED,
                        e.reference(), money(e.amountPence()).toString(), outstanding.toString()));
            }
        }
        if (byYear.isEmpty()) {
            return Optional.empty();
        }
        List<PartnerStatement.Year> years = new ArrayList<>();
        Contribution totals = Contribution.NONE;
        for (Map.Entry<String, Contribution> year : byYear.entrySet()) {
            Contribution figures = year.getValue();
            years.add(new PartnerStatement.Year(year.getKey(), figures.agreed().toString(), figures.drawnDown().toString(),
                    figures.received().toString(), figures.outstanding().toString()));
            totals = totals.plus(figures);
        }
        return Optional.of(new PartnerStatement(fundId, partner, years, entries, totals.agreed().toString(),
                totals.drawnDown().toString(), totals.received().toString(), totals.outstanding().toString()));
    }
}
