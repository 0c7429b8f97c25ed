package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.saferboard.api.dhr.commands.AppointReviewChair;
import org.saferboard.api.dhr.commands.CloseReview;
import org.saferboard.api.dhr.commands.DecideReview;
import org.saferboard.api.dhr.commands.NotifyDeath;
import org.saferboard.api.dhr.commands.PauseReview;
import org.saferboard.api.dhr.commands.PublishReview;
import org.saferboard.api.dhr.commands.RaiseReviewAction;
import org.saferboard.api.dhr.commands.RecordLearningEvent;
import org.saferboard.api.dhr.commands.RecordPanelMember;
import org.saferboard.api.dhr.commands.RecordQualityAssuranceOutcome;
import org.saferboard.api.dhr.commands.ResumeReview;
import org.saferboard.api.dhr.commands.SubmitToQualityAssurance;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The write API for Domestic Homicide Review cases: each request is one command. */
@RestController
@RequestMapping(path = "/api/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Domestic Homicide Reviews (write)")
class ReviewCommandController implements CaseController {

    private final Writes writes;

    ReviewCommandController(CommandGateway commands) {
        this.writes = new Writes(commands);
    }

    @Override
    public String caseName() {
        return "review";
    }

    @PostMapping
    @Operation(summary = "Record a death notified to the Community Safety Partnerships (NotifyDeath)",
            description = "The case is known by its reference and a pseudonym only. Repeating the request with the same "
                    + "reviewId and details answers with the original result.")
    ResponseEntity<ReviewWriteResult> notifyDeath(@Valid @RequestBody DHRRequests.Notification request) {
        String reviewId = Writes.idOrNew(request.reviewId());
        return writes.created("/api/reviews/" + reviewId, new NotifyDeath(reviewId, request.caseReference(),
                request.pseudonym(), request.dateOfDeath(),
                request.notifiedOn(), request.notifyingAgency(), request.area()),
                version -> ReviewWriteResult.of(reviewId, version));
    }

    @PostMapping("/{reviewId}/decision")
    @Operation(summary = "Decide whether to hold a review, and why (DecideReview); due within a month of notification")
    ResponseEntity<ReviewWriteResult> decide(@PathVariable String reviewId, IfMatch ifMatch,
                                          @Valid @RequestBody DHRRequests.Decision request) {
        return writes.accepted(new DecideReview(reviewId, request.holdReview(), request.rationale(), request.decidedOn(),
                ifMatch.or(request.expectedVersion())), version -> ReviewWriteResult.of(reviewId, version));
    }

    @PutMapping("/{reviewId}/chair")
    @Operation(summary = "Appoint the review's independent chair (AppointReviewChair)")
    ResponseEntity<ReviewWriteResult> appointChair(@PathVariable String reviewId, IfMatch ifMatch,
                                                @Valid @RequestBody DHRRequests.Chair request) {
        return writes.accepted(new AppointReviewChair(reviewId, request.chairName(), request.appointedOn(),
                ifMatch.or(request.expectedVersion())), version -> ReviewWriteResult.of(reviewId, version));
    }

    @PostMapping("/{reviewId}/panel-members")
    @Operation(summary = "Record a member of the review panel (RecordPanelMember)")
    ResponseEntity<ReviewWriteResult> recordPanelMember(@PathVariable String reviewId, IfMatch ifMatch,
                                                     @Valid @RequestBody DHRRequests.PanelMember request) {
        return writes.accepted(new RecordPanelMember(reviewId, request.name(), request.role(), request.agency(),
                ifMatch.or(request.expectedVersion())), version -> ReviewWriteResult.of(reviewId, version));
    }

    @PostMapping("/{reviewId}/pause")
    @Operation(summary = "Pause the review for parallel proceedings such as a trial or inquest (PauseReview)",
            description = "Paused time does not count against the statutory clocks.")
    ResponseEntity<ReviewWriteResult> pause(@PathVariable String reviewId, IfMatch ifMatch,
                                         @Valid @RequestBody DHRRequests.Pause request) {
        return writes.accepted(new PauseReview(reviewId, request.reason(), request.pausedOn(),
                ifMatch.or(request.expectedVersion())), version -> ReviewWriteResult.of(reviewId, version));
    }

    @PostMapping("/{reviewId}/resume")
    @Operation(summary = "Resume a paused review (ResumeReview)")
    ResponseEntity<ReviewWriteResult> resume(@PathVariable String reviewId, IfMatch ifMatch,
                                          @Valid @RequestBody DHRRequests.Resumption request) {
        return writes.accepted(new ResumeReview(reviewId, request.resumedOn(),
                ifMatch.or(request.expectedVersion())), version -> ReviewWriteResult.of(reviewId, version));
    }

    @PostMapping("/{reviewId}/quality-assurance/submission")
    @Operation(summary = "Submit the report to the Home Office quality assurance panel (SubmitToQualityAssurance)")
    ResponseEntity<ReviewWriteResult> submit(@PathVariable String reviewId, IfMatch ifMatch,
                                          @Valid @RequestBody DHRRequests.Submission request) {
        return writes.accepted(new SubmitToQualityAssurance(reviewId, request.submittedOn(),
                ifMatch.or(request.expectedVersion())), version -> ReviewWriteResult.of(reviewId, version));
    }

    @PostMapping("/{reviewId}/quality-assurance/outcome")
    @Operation(summary = "Record the quality assurance panel's answer (RecordQualityAssuranceOutcome)",
            description = "APPROVED, or REVISIONS_REQUESTED with notes (the report is then submitted again).")
    ResponseEntity<ReviewWriteResult> recordOutcome(@PathVariable String reviewId, IfMatch ifMatch,
                                                 @Valid @RequestBody DHRRequests.QualityAssurance request) {
        return writes.accepted(new RecordQualityAssuranceOutcome(reviewId, request.outcome(), request.notes(),
                request.receivedOn(), ifMatch.or(request.expectedVersion())), version -> ReviewWriteResult.of(reviewId, version));
    }

    @PostMapping("/{reviewId}/publication")
    @Operation(summary = "Record the publication of the approved report (PublishReview)")
    ResponseEntity<ReviewWriteResult> publish(@PathVariable String reviewId, IfMatch ifMatch,
                                           @Valid @RequestBody DHRRequests.Publication request) {
        return writes.accepted(new PublishReview(reviewId, request.publishedOn(), request.link(),
                ifMatch.or(request.expectedVersion())), version -> ReviewWriteResult.of(reviewId, version));
    }

    @PostMapping("/{reviewId}/learning-events")
    @Operation(summary = "Record a learning event for a case decided not to meet the criteria for a review (RecordLearningEvent)")
    ResponseEntity<ReviewWriteResult> recordLearningEvent(@PathVariable String reviewId, IfMatch ifMatch,
                                                       @Valid @RequestBody DHRRequests.LearningEvent request) {
        return writes.accepted(new RecordLearningEvent(reviewId, request.description(), request.heldOn(),
                ifMatch.or(request.expectedVersion())), version -> ReviewWriteResult.of(reviewId, version));
    }

    @PostMapping("/{reviewId}/close")
    @Operation(summary = "Close the case (CloseReview); nothing more is recorded for it")
    ResponseEntity<ReviewWriteResult> close(@PathVariable String reviewId, IfMatch ifMatch,
                                         @Valid @RequestBody DHRRequests.Closure request) {
        return writes.accepted(new CloseReview(reviewId, request.reason(), request.closedOn(),
                ifMatch.or(request.expectedVersion())), version -> ReviewWriteResult.of(reviewId, version));
    }

    @PostMapping("/{reviewId}/actions")
    @Operation(summary = "Raise an action of the review's single-agency or multi-agency action plan",
            description = "The action's source is the review and its owning agency the lead agency; it appears in the action "
                    + "log and in the review view. Repeating the request with the same actionId and content answers with the "
                    + "original result.")
    ResponseEntity<ActionFromCaseWriteResult> raiseAction(@PathVariable String reviewId,
                                                          @Valid @RequestBody DHRRequests.ReviewAction request) {
        String actionId = Writes.idOrNew(request.actionId());
        return writes.actionRaised(actionId, new RaiseReviewAction(reviewId, actionId, request.plan(), request.title(),
                request.description(), request.ownerName(), request.leadAgency(), request.dueDate()),
                raised -> ActionFromCaseWriteResult.of(actionId, reviewId, raised));
    }

}
