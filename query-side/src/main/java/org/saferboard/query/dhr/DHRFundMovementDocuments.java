package org.saferboard.query.dhr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
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

/**
 * The one place the fund ledger's documents are mapped: each movement is stored under the ledger's
 * own kind and field names (never an event's class name or Java field names), and read back into
 * the typed event, so the ledger follows the event log through Axon's serializer and upcasters
 * and a renamed event or field changes this mapping only. A test maps every kind of fund event
 * there and back.
 */
final class DHRFundMovementDocuments {

    static final String FUND_ID = "fundId";
    static final String SEQUENCE = "sequence";
    static final String KIND = "kind";
    static final String REVIEW_ID = "reviewId";

    private static final String NAME = "name";
    private static final String ON = "on";
    private static final String RECORDED_AT = "recordedAt";
    private static final String YEAR = "financialYear";
    private static final String ID = "movementId";
    private static final String ALLOCATION_ID = "allocationId";
    private static final String PARTNER = "partner";
    private static final String AMOUNTS = "amounts";
    private static final String AMOUNT = "amountPence";
    private static final String PURPOSE = "purpose";
    private static final String DESCRIPTION = "description";
    private static final String REFERENCE = "reference";
    private static final String RESOLUTION = "resolutionReference";
    private static final String REASON = "reason";
    private static final String UNSPENT = "unspentAllocationsPence";
    private static final String CARRIED_FORWARD_TO = "carriedForwardTo";

    /** The kinds of movement as the ledger stores them; stable, whatever the events are called. */
    enum Kind {
        OPENED, CONTRIBUTIONS_AGREED, DRAWDOWN, RECEIPT, ALLOCATION, EXPENDITURE, RELEASE, YEAR_CLOSED
    }

    private DHRFundMovementDocuments() {
    }

    static Document toDocument(DHRFundEvent event, long sequence) {
        Document movement = new Document(FUND_ID, event.fundId()).append(SEQUENCE, sequence)
                .append(ON, event.datedOn().toString()).append(RECORDED_AT, event.recordedAt().toString());
        if (event instanceof DHRFundOpened e) {
            return movement.append(KIND, Kind.OPENED.name()).append(NAME, e.name()).append(AMOUNT, e.openingBalancePence());
        } else if (event instanceof AnnualContributionsAgreed e) {
            return movement.append(KIND, Kind.CONTRIBUTIONS_AGREED.name()).append(YEAR, e.financialYear())
                    .append(AMOUNTS, amounts(e.contributions())).append(RESOLUTION, e.resolutionReference());
        } else if (event instanceof ContributionsDrawnDown e) {
            return movement.append(KIND, Kind.DRAWDOWN.name()).append(ID, e.drawdownId()).append(YEAR, e.financialYear())
                    .append(AMOUNTS, amounts(e.amounts())).append(REASON, e.reason());
        } else if (event instanceof ContributionReceived e) {
            return movement.append(KIND, Kind.RECEIPT.name()).append(ID, e.receiptId()).append(YEAR, e.financialYear())
                    .append(PARTNER, e.partner()).append(AMOUNT, e.amountPence()).append(REFERENCE, e.reference());
        } else if (event instanceof DHRFundingAllocated e) {
            return movement.append(KIND, Kind.ALLOCATION.name()).append(ALLOCATION_ID, e.allocationId())
                    .append(AMOUNT, e.amountPence()).append(PURPOSE, e.purpose().name()).append(REVIEW_ID, e.reviewId())
                    .append(DESCRIPTION, e.description()).append(RESOLUTION, e.resolutionReference());
        } else if (event instanceof ExpenditureRecorded e) {
            return movement.append(KIND, Kind.EXPENDITURE.name()).append(ALLOCATION_ID, e.allocationId())
                    .append(ID, e.expenditureId()).append(AMOUNT, e.amountPence()).append(DESCRIPTION, e.description())
                    .append(REFERENCE, e.reference());
        } else if (event instanceof AllocationReleased e) {
            return movement.append(KIND, Kind.RELEASE.name()).append(ALLOCATION_ID, e.allocationId())
                    .append(AMOUNT, e.amountPence()).append(REASON, e.reason());
        } else if (event instanceof FinancialYearClosed e) {
            return movement.append(KIND, Kind.YEAR_CLOSED.name()).append(YEAR, e.financialYear())
                    .append(AMOUNT, e.balancePence()).append(UNSPENT, e.unspentAllocationsPence())
                    .append(CARRIED_FORWARD_TO, e.carriedForwardTo());
        }
        throw new IllegalArgumentException("The fund ledger has no mapping for " + event.getClass().getSimpleName());
    }

    static DHRFundEvent toEvent(Document movement) {
        String fundId = movement.getString(FUND_ID);
        LocalDate on = LocalDate.parse(movement.getString(ON));
        Instant recordedAt = Instant.parse(movement.getString(RECORDED_AT));
        return switch (Kind.valueOf(movement.getString(KIND))) {
            case OPENED -> new DHRFundOpened(fundId, movement.getString(NAME), on, pence(movement, AMOUNT), recordedAt);
            case CONTRIBUTIONS_AGREED -> new AnnualContributionsAgreed(fundId, movement.getString(YEAR), amounts(movement),
                    movement.getString(RESOLUTION), on, recordedAt);
            case DRAWDOWN -> new ContributionsDrawnDown(fundId, movement.getString(ID), movement.getString(YEAR), amounts(movement),
                    movement.getString(REASON), on, recordedAt);
            case RECEIPT -> new ContributionReceived(fundId, movement.getString(ID), movement.getString(YEAR),
                    movement.getString(PARTNER), pence(movement, AMOUNT), on, movement.getString(REFERENCE), recordedAt);
            case ALLOCATION -> new DHRFundingAllocated(fundId, movement.getString(ALLOCATION_ID), pence(movement, AMOUNT),
                    AllocationPurpose.valueOf(movement.getString(PURPOSE)), movement.getString(REVIEW_ID),
                    movement.getString(DESCRIPTION), movement.getString(RESOLUTION), on, recordedAt);
            case EXPENDITURE -> new ExpenditureRecorded(fundId, movement.getString(ALLOCATION_ID), movement.getString(ID),
                    pence(movement, AMOUNT), movement.getString(DESCRIPTION), movement.getString(REFERENCE), on, recordedAt);
            case RELEASE -> new AllocationReleased(fundId, movement.getString(ALLOCATION_ID), pence(movement, AMOUNT),
                    movement.getString(REASON), on, recordedAt);
            case YEAR_CLOSED -> new FinancialYearClosed(fundId, movement.getString(YEAR), pence(movement, AMOUNT),
                    pence(movement, UNSPENT), movement.getString(CARRIED_FORWARD_TO), on, recordedAt);
        };
    }

    /** Stored as a 64-bit integer; read as any whole number, as a small one may come back as a 32-bit one. */
    private static long pence(Document document, String field) {
        return document.get(field, Number.class).longValue();
    }

    private static List<Document> amounts(List<PartnerAmount> amounts) {
        return amounts.stream().map(amount -> new Document(PARTNER, amount.partner()).append(AMOUNT, amount.amountPence()))
                .toList();
    }

    private static List<PartnerAmount> amounts(Document movement) {
        return movement.getList(AMOUNTS, Document.class).stream()
                .map(amount -> new PartnerAmount(amount.getString(PARTNER), pence(amount, AMOUNT)))
                .toList();
    }
}
