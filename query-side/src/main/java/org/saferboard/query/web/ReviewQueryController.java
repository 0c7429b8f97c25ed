package org.saferboard.query.web;

import static org.saferboard.query.ReadAfterWaiter.READ_AFTER_DESCRIPTION;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.saferboard.api.dhr.ReviewStage;
import org.saferboard.api.dhr.queries.FindReview;
import org.saferboard.api.dhr.queries.FindReviews;
import org.saferboard.api.dhr.views.ReviewList;
import org.saferboard.api.dhr.views.ReviewView;
import org.saferboard.query.AsAt;
import org.saferboard.query.ReadAfterWaiter;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.query.dhr.DHRAsAt;
import org.saferboard.query.dhr.DHRFundLedgerProjection;
import org.saferboard.query.dhr.ReviewViewProjection;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read API for Domestic Homicide Review cases. */
@RestController
@RequestMapping(path = "/api/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Domestic Homicide Reviews (read)")
class ReviewQueryController {

    private final QueryGateway queries;
    private final ReadAfterWaiter readAfterWaiter;
    /** What a review's view is read from: the review, its action plans' actions, and the money funds allocated to it. */
    private final Map<String, ToLongFunction<String>> followed;
    private final DHRAsAt dhrAsAt;
    private final AsAtInstants instants;

    ReviewQueryController(QueryGateway queries, ReadAfterWaiter readAfterWaiter, ReviewViewProjection reviewView,
                          ActionLogProjection actionLog, DHRFundLedgerProjection fundLedger, DHRAsAt dhrAsAt,
                          AsAtInstants instants) {
        this.dhrAsAt = dhrAsAt;
        this.instants = instants;
        this.queries = queries;
        this.readAfterWaiter = readAfterWaiter;
        this.followed = Map.of("Review", reviewView::versionOf, "Action", actionLog::versionOf, "DHRFund", fundLedger::versionOf);
    }

    @GetMapping
    @Operation(summary = "Review cases, oldest notification first, with their stage and statutory clocks",
            description = "overdue=true lists the cases with a clock overdue today: a decision not made within the decision "
                    + "period of the notification, or a report not submitted within the report period of the decision "
                    + "(paused time not counted).")
    CompletableFuture<ReviewList> findReviews(@RequestParam(required = false) ReviewStage stage,
                                              @RequestParam(defaultValue = "false") boolean overdue,
                                              @Parameter(description = READ_AFTER_DESCRIPTION)
                                              @RequestParam(required = false) String readAfter) {
        return readAfterWaiter.read(readAfter, followed, () -> queries.query(new FindReviews(stage, overdue), ReviewList.class).join());
    }

    @GetMapping("/{reviewId}")
    @Operation(summary = "One review case: stage, clocks, panel, pauses, quality assurance, action plans and money")
    CompletableFuture<ResponseEntity<ReviewView>> findReview(@PathVariable String reviewId,
                                                             @Parameter(description = READ_AFTER_DESCRIPTION)
                                                             @RequestParam(required = false) String readAfter) {
        return readAfterWaiter.read(readAfter, followed, () -> {
            ReviewView review = queries.query(new FindReview(reviewId), ResponseTypes.optionalInstanceOf(ReviewView.class))
                    .join()
                    .orElseThrow(() -> new NotInReadModel("review", reviewId));
            return ResponseEntity.ok().eTag(Long.toString(review.version())).body(review);
        });
    }

    @GetMapping(value = "/{reviewId}", params = AsAt.PARAMETER)
    @Operation(summary = "A review as it stood at an instant, its clocks judged on that day",
            description = "The review view's own rules over the case's events recorded up to then, with its actions and money as"
                    + " they were then; 404 when the death had not been notified by then, saying when it was.")
    AsAt.Answer<ReviewView> findReviewAsAt(@PathVariable String reviewId,
                                           @Parameter(description = AsAt.DESCRIPTION, example = "2015-09-01")
                                           @RequestParam(AsAt.PARAMETER) String asAtText) {
        AsAt at = instants.resolve(asAtText);
        return AsAt.Answer.of(at, dhrAsAt.review(reviewId, at.position(), at.instant())
                .orElseThrow(() -> instants.notThen("review", reviewId, at)));
    }
}
