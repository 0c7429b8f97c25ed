package org.saferboard.command.dhr;

import static org.saferboard.command.RefusalReason.Details.conflict;
import static org.saferboard.command.RefusalReason.Details.unknownReference;

import org.saferboard.command.RefusalReason;

/** Why the DHRFund aggregate refuses a command. */
public enum DHRFundRefused implements RefusalReason {

    FUND_ID_ALREADY_USED(conflict("fund-id-already-used", "the fundId was opened already with other details")),
    MOVEMENT_ID_ALREADY_USED(conflict("movement-id-already-used", "the id is another kind of movement's of this fund")),
    DRAWDOWN_ID_ALREADY_USED(conflict("drawdown-id-already-used", "the drawdownId is recorded already with other details")),
    RECEIPT_ID_ALREADY_USED(conflict("receipt-id-already-used", "the receiptId is recorded already with other details")),
    ALLOCATION_ID_ALREADY_USED(conflict("allocation-id-already-used", "the allocationId is recorded already with other details")),
    EXPENDITURE_ID_ALREADY_USED(conflict("expenditure-id-already-used", "the expenditureId is recorded already with other details")),
    CONTRIBUTIONS_ALREADY_AGREED(conflict("contributions-already-agreed", "the year's contributions were agreed already")),
    DRAWDOWN_EXCEEDS_AGREED(conflict("drawdown-exceeds-agreed", "more would be called in than a partner agreed")),
    RECEIPT_EXCEEDS_DRAWDOWN(conflict("receipt-exceeds-drawdown", "a payment beyond what was called in")),
    RECEIPT_BEFORE_DRAWDOWN(conflict("receipt-before-drawdown", "a payment dated before the money was called in")),
    ALLOCATION_EXCEEDS_BALANCE(conflict("allocation-exceeds-balance", "more than the fund has available")),
    EXPENDITURE_EXCEEDS_ALLOCATION(conflict("expenditure-exceeds-allocation", "more than is left of the allocation")),
    ALLOCATION_RELEASED(conflict("allocation-released", "the allocation was released; it takes no more spending")),
    NOTHING_TO_RELEASE(conflict("nothing-to-release", "the allocation is spent in full")),
    FINANCIAL_YEAR_CLOSED(conflict("financial-year-closed", "nothing more is recorded in a closed financial year")),
    FINANCIAL_YEAR_BEFORE_FUND(conflict("financial-year-before-fund", "the year is before the fund's ledger starts")),
    PREVIOUS_YEAR_OPEN(conflict("previous-year-open", "close the previous financial year first")),
    CONTRIBUTIONS_NOT_AGREED(unknownReference("contributions-not-agreed", "no contributions are agreed for the year")),
    UNKNOWN_PARTNER(unknownReference("unknown-partner", "the partner has no contribution agreed for the year")),
    UNKNOWN_ALLOCATION(unknownReference("unknown-allocation", "the fund has no such allocation"));

    private final Details details;

    DHRFundRefused(Details details) {
        this.details = details;
    }

    @Override
    public Details details() {
        return details;
    }
}
