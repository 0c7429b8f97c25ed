package org.saferboard.command.dhr;

import org.saferboard.command.RefusalReason;

/** Why the Review and CaseReference aggregates refuse a command. */
public enum ReviewRefused implements RefusalReason {

    REVIEW_ID_ALREADY_USED("review-id-already-used", Kind.CONFLICT,
            "the reviewId was notified already with other details"),
    CASE_REFERENCE_ALREADY_USED("case-reference-already-used", Kind.CONFLICT,
            "another review has this case reference"),
    CLOSED("review-closed", Kind.CONFLICT,
            "the review is closed; nothing more is recorded for it"),
    ALREADY_DECIDED("review-already-decided", Kind.CONFLICT,
            "whether to hold a review was decided already"),
    NOT_DECIDED("review-not-decided", Kind.CONFLICT,
            "decide whether to hold a review first"),
    NOT_HELD("review-not-held", Kind.CONFLICT,
            "the case was decided not to need a review"),
    IS_HELD("review-is-held", Kind.CONFLICT,
            "a learning event is recorded only for a case decided not to need a review"),
    NOT_IN_REVIEW("review-not-in-review", Kind.CONFLICT,
            "the review is not at the stage of being written"),
    NOT_RUNNING("review-not-running", Kind.CONFLICT,
            "the review is not under way"),
    ALREADY_PAUSED("review-already-paused", Kind.CONFLICT,
            "the review is paused already"),
    NOT_PAUSED("review-not-paused", Kind.CONFLICT,
            "the review is not paused"),
    PAUSED("review-paused", Kind.CONFLICT,
            "the review is paused; resume it first"),
    HAS_NO_CHAIR("review-has-no-chair", Kind.CONFLICT,
            "appoint a chair before submitting the report"),
    NOT_WITH_QUALITY_ASSURANCE("review-not-with-quality-assurance", Kind.CONFLICT,
            "the report is not with quality assurance"),
    NOT_APPROVED("review-not-approved", Kind.CONFLICT,
            "only an approved report is published"),
    UNKNOWN_REVIEW("unknown-review", Kind.UNKNOWN_REFERENCE,
            "the review named does not exist"),
    NOT_A_REVIEW("not-a-review", Kind.UNKNOWN_REFERENCE,
            "the id named is another kind of case, not a review");

    private final String code;
    private final Kind kind;
    private final String meaning;

    ReviewRefused(String code, Kind kind, String meaning) {
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
