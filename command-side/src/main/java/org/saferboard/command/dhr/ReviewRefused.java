package org.saferboard.command.dhr;

import static org.saferboard.command.RefusalReason.Details.conflict;
import static org.saferboard.command.RefusalReason.Details.unknownReference;

import org.saferboard.command.RefusalReason;

/** Why the Review and CaseReference aggregates refuse a command. */
public enum ReviewRefused implements RefusalReason {

    REVIEW_ID_ALREADY_USED(conflict("review-id-already-used", "the reviewId was notified already with other details")),
    CASE_REFERENCE_ALREADY_USED(conflict("case-reference-already-used", "another review has this case reference")),
    CLOSED(conflict("review-closed", "the review is closed; nothing more is recorded for it")),
    ALREADY_DECIDED(conflict("review-already-decided", "whether to hold a review was decided already")),
    NOT_DECIDED(conflict("review-not-decided", "decide whether to hold a review first")),
    NOT_HELD(conflict("review-not-held", "the case was decided not to need a review")),
    IS_HELD(conflict("review-is-held", "a learning event is recorded only for a case decided not to need a review")),
    NOT_IN_REVIEW(conflict("review-not-in-review", "the review is not at the stage of being written")),
    NOT_RUNNING(conflict("review-not-running", "the review is not under way")),
    ALREADY_PAUSED(conflict("review-already-paused", "the review is paused already")),
    NOT_PAUSED(conflict("review-not-paused", "the review is not paused")),
    PAUSED(conflict("review-paused", "the review is paused; resume it first")),
    HAS_NO_CHAIR(conflict("review-has-no-chair", "appoint a chair before submitting the report")),
    NOT_WITH_QUALITY_ASSURANCE(conflict("review-not-with-quality-assurance", "the report is not with quality assurance")),
    NOT_APPROVED(conflict("review-not-approved", "only an approved report is published")),
    UNKNOWN_REVIEW(unknownReference("unknown-review", "the review named does not exist")),
    NOT_A_REVIEW(unknownReference("not-a-review", "the id named is another kind of case, not a review"));

    private final Details details;

    ReviewRefused(Details details) {
        this.details = details;
    }

    @Override
    public Details details() {
        return details;
    }
}
