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
import org.saferboard.query.ReadAfterWaiter;
import org.saferboard.query.action.ActionLogProjection;
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

    ReviewQueryController(QueryGateway queries, ReadAfterWaiter readAfterWaiter, ReviewViewProjection reviewView,
                          ActionLogProjection actionLog, DHRFundLedgerProjection fundLedger) {
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
}
