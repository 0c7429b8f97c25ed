package org.saferboard.command.dhr;

import org.saferboard.command.RefusalReason;

/** Why the DHRFund aggregate refuses a command. */
public enum FundRefused implements RefusalReason {

    FUND_ID_ALREADY_USED("fund-id-already-used", Kind.CONFLICT,
            "the fundId was opened already with other details"),
    MOVEMENT_ID_ALREADY_USED("movement-id-already-used", Kind.CONFLICT,
            "the id is another kind of movement's of this fund"),
    DRAWDOWN_ID_ALREADY_USED("drawdown-id-already-used", Kind.CONFLICT,
            "the drawdownId is recorded already with other details"),
    RECEIPT_ID_ALREADY_USED("receipt-id-already-used", Kind.CONFLICT,
            "the receiptId is recorded already with other details"),
    ALLOCATION_ID_ALREADY_USED("allocation-id-already-used", Kind.CONFLICT,
            "the allocationId is recorded already with other details"),
    EXPENDITURE_ID_ALREADY_USED("expenditure-id-already-used", Kind.CONFLICT,
            "the expenditureId is recorded already with other details"),
    CONTRIBUTIONS_ALREADY_AGREED("contributions-already-agreed", Kind.CONFLICT,
            "the year's contributions were agreed already"),
    DRAWDOWN_EXCEEDS_AGREED("drawdown-exceeds-agreed", Kind.CONFLICT,
            "more would be called in than a partner agreed"),
    RECEIPT_EXCEEDS_DRAWDOWN("receipt-exceeds-drawdown", Kind.CONFLICT,
            "a payment beyond what was called in"),
    RECEIPT_BEFORE_DRAWDOWN("receipt-before-drawdown", Kind.CONFLICT,
            "a payment dated before the money was called in"),
    ALLOCATION_EXCEEDS_BALANCE("allocation-exceeds-balance", Kind.CONFLICT,
            "more than the fund has available"),
    EXPENDITURE_EXCEEDS_ALLOCATION("expenditure-exceeds-allocation", Kind.CONFLICT,
            "more than is left of the allocation"),
    ALLOCATION_RELEASED("allocation-released", Kind.CONFLICT,
            "the allocation was released; it takes no more spending"),
    NOTHING_TO_RELEASE("nothing-to-release", Kind.CONFLICT,
            "the allocation is spent in full"),
    FINANCIAL_YEAR_CLOSED("financial-year-closed", Kind.CONFLICT,
            "nothing more is recorded in a closed financial year"),
    FINANCIAL_YEAR_BEFORE_FUND("financial-year-before-fund", Kind.CONFLICT,
            "the year is before the fund's ledger starts"),
    PREVIOUS_YEAR_OPEN("previous-year-open", Kind.CONFLICT,
            "close the previous financial year first"),
    CONTRIBUTIONS_NOT_AGREED("contributions-not-agreed", Kind.UNKNOWN_REFERENCE,
            "no contributions are agreed for the year"),
    UNKNOWN_PARTNER("unknown-partner", Kind.UNKNOWN_REFERENCE,
            "the partner has no contribution agreed for the year"),
    UNKNOWN_ALLOCATION("unknown-allocation", Kind.UNKNOWN_REFERENCE,
            "the fund has no such allocation");

    private final String code;
    private final Kind kind;
    private final String meaning;

    FundRefused(String code, Kind kind, String meaning) {
        this.code = code;
        this.kind = kind;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
