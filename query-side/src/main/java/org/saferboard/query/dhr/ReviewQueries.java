package org.saferboard.query.dhr;

import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.saferboard.api.action.views.ActionSummary;
import org.saferboard.api.dhr.queries.FindReview;
import org.saferboard.api.dhr.views.ReviewView;
import org.saferboard.query.action.ActionLogProjection;
import org.springframework.stereotype.Component;

/**
 * A review case as the coordinator reads it, composed from three read models that each stand on
 * their own: the case from the review view, its actions' wording, status and due date from the
 * action log (so they follow every later change of the action), and the money from the fund
 * ledger. Each can be reset and rebuilt alone; a readAfter of any of the three kinds of case waits
 * on the one that holds it (see the review read API).
 */
@Component
public class ReviewQueries {

    private final ReviewViewProjection reviewView;
    private final ActionLogProjection actionLog;
    private final DHRFundLedgerProjection fundLedger;

    public ReviewQueries(ReviewViewProjection reviewView, ActionLogProjection actionLog, DHRFundLedgerProjection fundLedger) {
        this.reviewView = reviewView;
        this.actionLog = actionLog;
        this.fundLedger = fundLedger;
    }

    @QueryHandler
    public Optional<ReviewView> handle(FindReview query) {
        return reviewView.caseOf(query.reviewId()).map(review -> withActionsAndFunding(review,
                actionLog.actionsByIds(review.actions().stream().map(ReviewView.Action::actionId).toList()),
                fundLedger.fundingOf(query.reviewId())));
    }

    /** The case with its actions as the action log words them and the money the funds allocated it. */
    public static ReviewView withActionsAndFunding(ReviewView review, Map<String, ActionSummary> inLog,
                                                   DHRFundLedgerProjection.ReviewFunding funding) {
        return review.withActionsAndFunding(review.actions().stream().map(action -> {
            ActionSummary summary = inLog.get(action.actionId());
            return summary == null ? action : new ReviewView.Action(action.actionId(), action.plan(), summary.title(),
                    action.leadAgency(), summary.status(), summary.dueDate(), summary.overdue());
        }).toList(), funding.lines(), funding.allocated().toString(), funding.spent().toString());
    }
}
