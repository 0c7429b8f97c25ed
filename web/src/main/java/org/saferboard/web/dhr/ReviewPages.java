package org.saferboard.web.dhr;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.saferboard.api.ReadPosition;
import org.saferboard.api.dhr.ReviewStage;
import org.saferboard.api.dhr.commands.NotifyDeath;
import org.saferboard.api.dhr.queries.FindReview;
import org.saferboard.api.dhr.queries.FindReviews;
import org.saferboard.api.dhr.views.ReviewList;
import org.saferboard.api.dhr.views.ReviewView;
import org.saferboard.infrastructure.security.SignedInUser;
import org.saferboard.query.ReadAfterWaiter;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.query.dhr.DHRAsAt;
import org.saferboard.query.dhr.DHRFundLedgerProjection;
import org.saferboard.query.dhr.ReviewViewProjection;
import org.saferboard.web.AsAtChoice;
import org.saferboard.web.CommandForm;
import org.saferboard.web.Form;
import org.saferboard.web.FormField;
import org.saferboard.web.FormPages;
import org.saferboard.web.PageAccess;
import org.saferboard.web.PageNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Domestic Homicide Reviews: the list with each review's stage and statutory clocks (overdue highlighted, days
 * paused shown), a review's page (decision, panel, pauses, quality assurance, publication, learning events, its
 * action plans and funding), and the DHR coordinator's forms. Subjects are known by pseudonym only.
 */
@Controller
class ReviewPages {

    private static final String READ_REVIEWS = "/api/reviews";
    private static final CommandForm NOTIFY = new CommandForm(null, "Record a notified death", "Record the notification",
            "/reviews/new", "/reviews", List.of(
            FormField.text("caseReference", "Case reference", "For example, LR-DHR-2019-07"),
            FormField.text("pseudonym", "Pseudonym", "The name the review will use; never the person's real name"),
            FormField.date("dateOfDeath", "Date of death", null),
            FormField.date("notifiedOn", "Notified on", null),
            FormField.text("notifyingAgency", "Notifying agency", "For example, Leicestershire Police"),
            FormField.text("area", "Area", "For example, Charnwood")));

    private final QueryGateway queries;
    private final FormPages forms;
    private final PageAccess access;
    private final ReadAfterWaiter readAfterWaiter;
    private final Map<String, ToLongFunction<String>> followed;

    private final AsAtChoice asAtChoice;
    private final DHRAsAt dhrAsAt;

    ReviewPages(QueryGateway queries, FormPages forms, PageAccess access, ReadAfterWaiter readAfterWaiter,
                ReviewViewProjection reviewView, ActionLogProjection actionLog, DHRFundLedgerProjection fundLedger,
                AsAtChoice asAtChoice, DHRAsAt dhrAsAt) {
        this.asAtChoice = asAtChoice;
        this.dhrAsAt = dhrAsAt;
        this.queries = queries;
        this.forms = forms;
        this.access = access;
        this.readAfterWaiter = readAfterWaiter;
        this.followed = Map.of("Review", reviewView::versionOf, "Action", actionLog::versionOf, "DHRFund", fundLedger::versionOf);
    }

    @GetMapping("/reviews")
    CompletableFuture<String> reviews(@RequestParam(required = false) ReviewStage stage,
                                      @RequestParam(defaultValue = "false") boolean overdue, HttpServletRequest request, Model model) {
        access.require(request, "GET", READ_REVIEWS);
        model.addAttribute("stage", stage);
        model.addAttribute("overdue", overdue);
        model.addAttribute("stages", ReviewStage.values());
        model.addAttribute("mayNotify", access.may("POST", READ_REVIEWS));
        return readAfterWaiter.read(FormPages.readAfter(model), followed, () -> {
            model.addAttribute("reviews", queries.query(new FindReviews(stage, overdue), ReviewList.class).join().reviews());
            return "reviews/list";
        });
    }

    @GetMapping("/reviews/new")
    String notifyForm(HttpServletRequest request, Model model) {
        access.require(request, "POST", READ_REVIEWS);
        return forms.show(model, NOTIFY, Form.empty(NOTIFY.labels()).withValue("newId", UUID.randomUUID().toString()));
    }

    @PostMapping("/reviews/new")
    String notifyDeath(@RequestParam Map<String, String> fields, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        access.require(request, "POST", READ_REVIEWS);
        Form form = new Form(fields, NOTIFY.labels());
        String reviewId = Optional.ofNullable(form.text("newId")).orElseGet(() -> UUID.randomUUID().toString());
        NotifyDeath notify = new NotifyDeath(reviewId, form.text("caseReference"), form.text("pseudonym"), form.date("dateOfDeath"),
                form.date("notifiedOn"), form.text("notifyingAgency"), form.text("area"));
        return forms.submit(model, redirect, NOTIFY, form, notify, reviewId, Map.of("reviewId", "caseReference"),
                FormPages.newVersionOf(reviewId), "Notified death recorded", "/reviews/" + reviewId);
    }

    @GetMapping("/reviews/{reviewId}")
    CompletableFuture<String> review(@PathVariable String reviewId, @RequestParam(required = false) String asAtDate,
                                     @RequestParam(required = false) String asAtTime, HttpServletRequest request, Model model) {
        access.require(request, "GET", READ_REVIEWS + "/" + reviewId);
        SignedInUser user = access.user();
        AsAtChoice.Chosen asAt = asAtChoice.from(asAtDate, asAtTime);
        model.addAttribute("asAt", asAt);
        if (asAt.chosen()) {
            // the case as it stood then, its clocks judged on that day; nothing can be changed from it
            model.addAttribute("review", dhrAsAt.review(reviewId, asAt.asAt().position(), asAt.asAt().instant())
                    .orElseThrow(() -> new PageNotFound("There was no review " + reviewId + " at that date and time.")));
            model.addAttribute("changes", List.of());
            return CompletableFuture.completedFuture("reviews/review");
        }
        return readAfterWaiter.read(FormPages.readAfter(model), followed, () -> {
            ReviewView review = find(reviewId);
            model.addAttribute("review", review);
            model.addAttribute("changes", Arrays.stream(ReviewChange.values()).filter(change -> change.offeredFor(review))
                    .filter(change -> PageAccess.may(user, change.apiMethod(), change.apiPath(reviewId))).toList());
            return "reviews/review";
        });
    }

    @GetMapping("/reviews/{reviewId}/{change}")
    String changeForm(@PathVariable String reviewId, @PathVariable String change, HttpServletRequest request, Model model) {
        ReviewChange shown = change(change);
        access.require(request, shown.apiMethod(), shown.apiPath(reviewId));
        ReviewView review = find(reviewId);
        CommandForm page = shown.page(review);
        Form form = page.blankAt(review.version());
        if (shown == ReviewChange.ACTION) {
            form.withValue("newId", UUID.randomUUID().toString()).withValue("expectedVersion", "");
        }
        return forms.show(model, page, form);
    }

    @PostMapping("/reviews/{reviewId}/{change}")
    String change(@PathVariable String reviewId, @PathVariable String change, @RequestParam Map<String, String> fields,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        ReviewChange sent = change(change);
        access.require(request, sent.apiMethod(), sent.apiPath(reviewId));
        CommandForm page = sent.page(find(reviewId));
        Form form = new Form(fields, page.labels());
        return forms.submit(model, redirect, page, form, sent.command(reviewId, form), reviewId, Map.of(),
                answer -> new ReadPosition(reviewId, sent.newReviewVersion(answer)), sent.heading() + ": done", "/reviews/" + reviewId);
    }

    private ReviewView find(String reviewId) {
        return queries.query(new FindReview(reviewId), ResponseTypes.optionalInstanceOf(ReviewView.class)).join()
                .orElseThrow(() -> new PageNotFound("There is no review " + reviewId + "."));
    }

    private static ReviewChange change(String path) {
        return ReviewChange.atPath(path).orElseThrow(() -> new PageNotFound("There is no page at this address."));
    }
}
