package org.saferboard.query.dhr;

import static org.saferboard.api.Pence.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saferboard.api.BusinessYear;
import org.saferboard.api.dhr.AllocationList;
import org.saferboard.api.dhr.AllocationReleased;
import org.saferboard.api.dhr.AnnualContributionsAgreed;
import org.saferboard.api.dhr.ContributionLedger;
import org.saferboard.api.dhr.ContributionReceived;
import org.saferboard.api.dhr.ContributionsDrawnDown;
import org.saferboard.api.dhr.DHRFundOpened;
import org.saferboard.api.dhr.DHRFundingAllocated;
import org.saferboard.api.dhr.ExpenditureRecorded;
import org.saferboard.api.dhr.FinancialYearClosed;
import org.saferboard.api.dhr.FundEvent;
import org.saferboard.api.dhr.FundLedger;
import org.saferboard.api.dhr.PartnerAmount;
import org.saferboard.api.dhr.PartnerStatement;

/**
 * The fund's ledgers, worked out from its events in the order they were recorded. Sums are kept in
 * pence with exact arithmetic and shown as pounds only in the answer; nothing here is stored, so a
 * ledger cannot drift from the events it is read from.
 */
final class FundLedgers {

    private FundLedgers() {
    }

    static Optional<ContributionLedger> contributions(String fundId, String year, List<FundEvent> events) {
        AnnualContributionsAgreed agreed = null;
        Map<String, long[]> byPartner = new LinkedHashMap<>();
        boolean closed = false;
        for (FundEvent event : events) {
            if (event instanceof AnnualContributionsAgreed e && e.financialYear().equals(year)) {
                agreed = e;
                e.contributions().forEach(amount -> figures(byPartner, amount.partner())[0] = amount.amountPence());
            } else if (event instanceof ContributionsDrawnDown e && e.financialYear().equals(year)) {
                e.amounts().forEach(amount -> add(figures(byPartner, amount.partner()), 1, amount.amountPence()));
            } else if (event instanceof ContributionReceived e && e.financialYear().equals(year)) {
                add(figures(byPartner, e.partner()), 2, e.amountPence());
            } else if (event instanceof FinancialYearClosed e && e.financialYear().equals(year)) {
                closed = true;
            }
        }
        if (agreed == null) {
            return Optional.empty();
        }
        List<ContributionLedger.Line> lines = new ArrayList<>();
        long[] totals = new long[3];
        byPartner.forEach((partner, figures) -> {
            lines.add(contributionLine(partner, figures));
            for (int i = 0; i < 3; i++) {
                totals[i] = Math.addExact(totals[i], figures[i]);
            }
        });
        return Optional.of(new ContributionLedger(fundId, year, agreed.agreedOn(), agreed.resolutionReference(), closed, lines,
                contributionLine(null, totals)));
    }

    private static ContributionLedger.Line contributionLine(String partner, long[] figures) {
        return new ContributionLedger.Line(partner, format(figures[0]), format(figures[1]), format(figures[2]),
                format(figures[1] - figures[2]), format(figures[0] - figures[1]));
    }

    static Optional<FundLedger> ledger(String fundId, String year, List<FundEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof DHRFundOpened opened)) {
            return Optional.empty();
        }
        LocalDate from = year == null ? LocalDate.MIN : BusinessYear.FINANCIAL.firstDay(year);
        LocalDate to = year == null ? LocalDate.MAX : BusinessYear.FINANCIAL.lastDay(year);
        Running running = new Running();
        Running broughtForward = null;
        List<FundLedger.Movement> movements = new ArrayList<>();
        List<FundLedger.ClosedYear> closedYears = new ArrayList<>();
        long totalIn = 0;
        long totalOut = 0;
        // movements are listed by date; events of one date keep the order they were recorded in
        List<Dated> dated = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            FundEvent event = events.get(i);
            LocalDate on = dateOf(event);
            if (on != null) {
                dated.add(new Dated(on, i, event));
            } else if (event instanceof FinancialYearClosed e) {
                closedYears.add(new FundLedger.ClosedYear(e.financialYear(), e.closedOn(), format(e.balancePence()),
                        format(e.unspentAllocationsPence())));
            }
        }
        dated.sort((a, b) -> a.on().equals(b.on()) ? Integer.compare(a.order(), b.order()) : a.on().compareTo(b.on()));
        for (Dated entry : dated) {
            if (broughtForward == null && !entry.on().isBefore(from)) {
                broughtForward = running.copy();
            }
            if (entry.on().isAfter(to)) {
                break;
            }
            FundLedger.Movement movement = running.apply(entry.event(), entry.on());
            if (!entry.on().isBefore(from)) {
                movements.add(movement);
                totalIn = Math.addExact(totalIn, running.lastIn);
                totalOut = Math.addExact(totalOut, running.lastOut);
            }
        }
        if (broughtForward == null) {
            broughtForward = running.copy();
        }
        return Optional.of(new FundLedger(fundId, opened.name(), year, broughtForward.balances(), movements, running.balances(),
                format(totalIn), format(totalOut), closedYears));
    }

    private record Dated(LocalDate on, int order, FundEvent event) {
    }

    private static LocalDate dateOf(FundEvent event) {
        if (event instanceof DHRFundOpened e) {
            return e.openedOn();
        }
        if (event instanceof ContributionReceived e) {
            return e.receivedOn();
        }
        if (event instanceof DHRFundingAllocated e) {
            return e.allocatedOn();
        }
        if (event instanceof ExpenditureRecorded e) {
            return e.spentOn();
        }
        if (event instanceof AllocationReleased e) {
            return e.releasedOn();
        }
        return null;
    }

    /** The balances as movements are applied one by one. */
    private static final class Running {
        long balance;
        long committed;
        long lastIn;
        long lastOut;
        final Map<String, DHRFundingAllocated> allocations = new LinkedHashMap<>();

        Running copy() {
            Running copy = new Running();
            copy.balance = balance;
            copy.committed = committed;
            return copy;
        }

        FundLedger.Balances balances() {
            return new FundLedger.Balances(format(balance), format(committed), format(balance - committed));
        }

        FundLedger.Movement apply(FundEvent event, LocalDate on) {
            lastIn = 0;
            lastOut = 0;
            long committedChange = 0;
            FundLedger.Kind kind;
            String description;
            String reference = null;
            String partner = null;
            String allocationId = null;
            if (event instanceof DHRFundOpened e) {
                kind = FundLedger.Kind.OPENING_BALANCE;
                description = "Balance brought into " + e.name();
                lastIn = e.openingBalancePence();
            } else if (event instanceof ContributionReceived e) {
                kind = FundLedger.Kind.CONTRIBUTION_RECEIVED;
                description = e.financialYear() + " contribution";
                reference = e.reference();
                partner = e.partner();
                lastIn = e.amountPence();
            } else if (event instanceof DHRFundingAllocated e) {
                kind = FundLedger.Kind.ALLOCATION;
                description = e.description();
                reference = e.resolutionReference();
                allocationId = e.allocationId();
                committedChange = e.amountPence();
                allocations.put(e.allocationId(), e);
            } else if (event instanceof ExpenditureRecorded e) {
                kind = FundLedger.Kind.EXPENDITURE;
                description = e.description();
                reference = e.reference();
                allocationId = e.allocationId();
                lastOut = e.amountPence();
                committedChange = -e.amountPence();
            } else {
                AllocationReleased e = (AllocationReleased) event;
                kind = FundLedger.Kind.RELEASE;
                description = "Unspent money of " + allocations.get(e.allocationId()).description() + " released: " + e.reason();
                allocationId = e.allocationId();
                committedChange = -e.amountPence();
            }
            balance = Math.addExact(Math.subtractExact(balance, lastOut), lastIn);
            committed = Math.addExact(committed, committedChange);
            return new FundLedger.Movement(on, BusinessYear.FINANCIAL.containing(on), kind, description, reference, partner,
                    allocationId, lastIn == 0 ? null : format(lastIn), lastOut == 0 ? null : format(lastOut),
                    committedChange == 0 ? null : format(committedChange), balances());
        }
    }

    /** An allocation with what was spent and released of it, in pence. */
    record AllocationFigures(DHRFundingAllocated allocated, List<AllocationList.Spend> spending, long spentPence,
                             long releasedPence) {

        long remainingPence() {
            return allocated.amountPence() - spentPence - releasedPence;
        }
    }

    static List<AllocationFigures> allocationFigures(List<FundEvent> events) {
        Map<String, DHRFundingAllocated> allocated = new LinkedHashMap<>();
        Map<String, List<AllocationList.Spend>> spending = new LinkedHashMap<>();
        Map<String, long[]> spentAndReleased = new LinkedHashMap<>();
        for (FundEvent event : events) {
            if (event instanceof DHRFundingAllocated e) {
                allocated.put(e.allocationId(), e);
                spending.put(e.allocationId(), new ArrayList<>());
                spentAndReleased.put(e.allocationId(), new long[2]);
            } else if (event instanceof ExpenditureRecorded e) {
                spending.get(e.allocationId()).add(new AllocationList.Spend(e.expenditureId(), e.spentOn(), e.description(),
                        e.reference(), format(e.amountPence())));
                add(spentAndReleased.get(e.allocationId()), 0, e.amountPence());
            } else if (event instanceof AllocationReleased e) {
                add(spentAndReleased.get(e.allocationId()), 1, e.amountPence());
            }
        }
        List<AllocationFigures> figures = new ArrayList<>();
        allocated.forEach((allocationId, allocation) -> figures.add(new AllocationFigures(allocation, spending.get(allocationId),
                spentAndReleased.get(allocationId)[0], spentAndReleased.get(allocationId)[1])));
        return figures;
    }

    static AllocationList allocations(String fundId, List<FundEvent> events) {
        List<AllocationList.Allocation> lines = new ArrayList<>();
        long[] totals = new long[4];
        for (AllocationFigures figures : allocationFigures(events)) {
            DHRFundingAllocated allocation = figures.allocated();
            long remaining = figures.remainingPence();
            AllocationList.Status status = figures.releasedPence() > 0 ? AllocationList.Status.RELEASED
                    : remaining == 0 ? AllocationList.Status.SPENT : AllocationList.Status.OPEN;
            lines.add(new AllocationList.Allocation(allocation.allocationId(), allocation.allocatedOn(), allocation.purpose(),
                    allocation.reviewId(), allocation.description(), allocation.resolutionReference(),
                    format(allocation.amountPence()), format(figures.spentPence()), format(figures.releasedPence()),
                    format(remaining), status, figures.spending()));
            add(totals, 0, allocation.amountPence());
            add(totals, 1, figures.spentPence());
            add(totals, 2, figures.releasedPence());
            add(totals, 3, remaining);
        }
        return new AllocationList(fundId, lines, format(totals[0]), format(totals[1]), format(totals[2]), format(totals[3]));
    }

    static Optional<PartnerStatement> partnerStatement(String fundId, String partner, List<FundEvent> events) {
        Map<String, long[]> byYear = new LinkedHashMap<>();
        List<PartnerStatement.Entry> entries = new ArrayList<>();
        long outstanding = 0;
        for (FundEvent event : events) {
            if (event instanceof AnnualContributionsAgreed e) {
                for (PartnerAmount amount : e.contributions()) {
                    if (amount.partner().equals(partner)) {
                        figures(byYear, e.financialYear())[0] = amount.amountPence();
                        entries.add(new PartnerStatement.Entry(e.agreedOn(), e.financialYear(), PartnerStatement.Kind.AGREED,
                                e.resolutionReference(), format(amount.amountPence()), format(outstanding)));
                    }
                }
            } else if (event instanceof ContributionsDrawnDown e) {
                for (PartnerAmount amount : e.amounts()) {
                    if (amount.partner().equals(partner)) {
                        add(figures(byYear, e.financialYear()), 1, amount.amountPence());
                        outstanding = Math.addExact(outstanding, amount.amountPence());
                        entries.add(new PartnerStatement.Entry(e.drawnOn(), e.financialYear(), PartnerStatement.Kind.DRAWN_DOWN,
                                e.reason(), format(amount.amountPence()), format(outstanding)));
                    }
                }
            } else if (event instanceof ContributionReceived e && e.partner().equals(partner)) {
                add(figures(byYear, e.financialYear()), 2, e.amountPence());
                outstanding = Math.subtractExact(outstanding, e.amountPence());
                entries.add(new PartnerStatement.Entry(e.receivedOn(), e.financialYear(), PartnerStatement.Kind.RECEIVED,
                        e.reference(), format(e.amountPence()), format(outstanding)));
            }
        }
        if (byYear.isEmpty()) {
            return Optional.empty();
        }
        List<PartnerStatement.Year> years = new ArrayList<>();
        long[] totals = new long[3];
        byYear.forEach((year, figures) -> {
            years.add(new PartnerStatement.Year(year, format(figures[0]), format(figures[1]), format(figures[2]),
                    format(figures[1] - figures[2])));
            for (int i = 0; i < 3; i++) {
                totals[i] = Math.addExact(totals[i], figures[i]);
            }
        });
        return Optional.of(new PartnerStatement(fundId, partner, years, entries, format(totals[0]), format(totals[1]),
                format(totals[2]), format(totals[1] - totals[2])));
    }

    private static long[] figures(Map<String, long[]> figures, String key) {
        return figures.computeIfAbsent(key, k -> new long[3]);
    }

    private static void add(long[] figures, int index, long pence) {
        figures[index] = Math.addExact(figures[index], pence);
    }
}
