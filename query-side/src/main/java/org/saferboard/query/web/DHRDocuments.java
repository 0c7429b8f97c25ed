package org.saferboard.query.web;

import org.saferboard.api.dhr.views.AllocationList;
import org.saferboard.api.dhr.views.ContributionLedger;
import org.saferboard.api.dhr.views.DHRFundLedger;
import org.saferboard.api.dhr.views.PartnerStatement;

/**
 * The DHR fund's ledgers as CSV files for finance: dates as ISO yyyy-MM-dd and amounts as pounds
 * with two decimal places, so that a spreadsheet sorts and sums them exactly; totals on the last row.
 */
final class DHRDocuments {

    static final String[] CONTRIBUTIONS_HEADER = {"Financial year", "Partner", "Agreed", "Drawn down", "Received", "Outstanding",
            "Not yet drawn down"};
    static final String[] LEDGER_HEADER = {"Date", "Financial year", "Movement", "Description", "Reference", "Partner",
            "Allocation", "Money in", "Money out", "Committed change", "Balance", "Committed", "Available"};
    static final String[] ALLOCATIONS_HEADER = {"Allocation", "Allocated on", "Purpose", "Review", "Description", "Resolution",
            "Allocated", "Spent", "Released", "Remaining", "Status"};
    static final String[] STATEMENT_HEADER = {"Date", "Financial year", "Entry", "Reference", "Amount", "Outstanding after"};
    private static final String TOTAL = "Total";

    private DHRDocuments() {
    }

    static String csv(ContributionLedger ledger) {
        return CsvFiles.csv(CONTRIBUTIONS_HEADER, row -> {
            for (ContributionLedger.Line line : ledger.partners()) {
                row.print(ledger.financialYear(), line.partner(), line.agreed(), line.drawnDown(), line.received(),
                        line.outstanding(), line.notYetDrawnDown());
            }
            ContributionLedger.Line totals = ledger.totals();
            row.print(ledger.financialYear(), TOTAL, totals.agreed(), totals.drawnDown(), totals.received(),
                    totals.outstanding(), totals.notYetDrawnDown());
        });
    }

    static String csv(DHRFundLedger ledger) {
        return CsvFiles.csv(LEDGER_HEADER, row -> {
            for (DHRFundLedger.Movement movement : ledger.movements()) {
                row.print(movement.date(), movement.financialYear(), movement.kind(), movement.description(),
                        movement.reference(), movement.partner(), movement.allocationId(), movement.moneyIn(), movement.moneyOut(),
                        movement.committedChange(), movement.after().balance(), movement.after().committed(),
                        movement.after().available());
            }
            DHRFundLedger.Balances end = ledger.carriedForward();
            row.print(null, ledger.financialYear(), TOTAL, null, null, null, null, ledger.totalIn(), ledger.totalOut(), null,
                    end.balance(), end.committed(), end.available());
        });
    }

    static String csv(AllocationList allocations) {
        return CsvFiles.csv(ALLOCATIONS_HEADER, row -> {
            for (AllocationList.Allocation allocation : allocations.allocations()) {
                row.print(allocation.allocationId(), allocation.allocatedOn(), allocation.purpose(), allocation.reviewId(),
                        allocation.description(), allocation.resolutionReference(), allocation.amount(), allocation.spent(),
                        allocation.released(), allocation.remaining(), allocation.status());
            }
            row.print(TOTAL, null, null, null, null, null, allocations.totalAllocated(), allocations.totalSpent(),
                    allocations.totalReleased(), allocations.totalRemaining(), null);
        });
    }

    static String csv(PartnerStatement statement) {
        return CsvFiles.csv(STATEMENT_HEADER, row -> {
            for (PartnerStatement.Entry entry : statement.entries()) {
                row.print(entry.date(), entry.financialYear(), entry.kind(), entry.reference(), entry.amount(),
                        entry.outstandingAfter());
            }
        });
    }
}
