package org.saferboard.command.web;

import static org.saferboard.command.web.WriteRequestFields.IF_MATCH_DESCRIPTION;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.saferboard.api.dhr.AppointReviewChair;
import org.saferboard.api.dhr.CloseReview;
import org.saferboard.api.dhr.DecideReview;
import org.saferboard.api.dhr.NotifyDeath;
import org.saferboard.api.dhr.PauseReview;
import org.saferboard.api.dhr.PublishReview;
import org.saferboard.api.action.ActionRaisedFromCase;
import org.saferboard.api.dhr.RaiseReviewAction;
import org.saferboard.api.dhr.RecordLearningEvent;
import org.saferboard.api.dhr.RecordPanelMember;
import org.saferboard.api.dhr.RecordQualityAssuranceOutcome;
import org.saferboard.api.dhr.ResumeReview;
import org.saferboard.api.dhr.SubmitToQualityAssurance;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The write API for Domestic Homicide Review cases: each request is one command. */
@RestController
@RequestMapping(path = "/api/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Domestic Homicide Reviews (write)")
class ReviewCommandController implements CaseController {

    private final CommandGateway commands;

    ReviewCommandController(CommandGateway commands) {
        this.commands = commands;
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
        String reviewId = request.reviewId() != null ? request.reviewId() : UUID.randomUUID().toString();
        long version = send(new NotifyDeath(reviewId, request.caseReference(), request.pseudonym(), request.dateOfDeath(),
                request.notifiedOn(), request.notifyingAgency(), request.area()));
        return ResponseEntity.created(URI.create("/api/reviews/" + reviewId)).eTag(Long.toString(version))
                .body(ReviewWriteResult.of(reviewId, version));
    }

    @PostMapping("/{reviewId}/decision")
    @Operation(summary = "Decide whether to hold a review, and why (DecideReview); due within a month of notification")
    ResponseEntity<ReviewWriteResult> decide(@PathVariable String reviewId,
                                          @Parameter(description = IF_MATCH_DESCRIPTION)
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @Valid @RequestBody DHRRequests.Decision request) {
        return accepted(reviewId, send(new DecideReview(reviewId, request.holdReview(), request.rationale(), request.decidedOn(),
                ExpectedVersions.resolve(ifMatch, request.expectedVersion()))));
    }

    @PutMapping("/{reviewId}/chair")
    @Operation(summary = "Appoint the review's independent chair (AppointReviewChair)")
    ResponseEntity<ReviewWriteResult> appointChair(@PathVariable String reviewId,
                                                @Parameter(description = IF_MATCH_DESCRIPTION)
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody DHRRequests.Chair request) {
        return accepted(reviewId, send(new AppointReviewChair(reviewId, request.chairName(), request.appointedOn(),
                ExpectedVersions.resolve(ifMatch, request.expectedVersion()))));
    }

    @PostMapping("/{reviewId}/panel-members")
    @Operation(summary = "Record a member of the review panel (RecordPanelMember)")
    ResponseEntity<ReviewWriteResult> recordPanelMember(@PathVariable String reviewId,
                                                     @Parameter(description = IF_MATCH_DESCRIPTION)
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody DHRRequests.PanelMember request) {
        return accepted(reviewId, send(new RecordPanelMember(reviewId, request.name(), request.role(), request.agency(),
                ExpectedVersions.resolve(ifMatch, request.expectedVersion()))));
    }

    @PostMapping("/{reviewId}/pause")
    @Operation(summary = "Pause the review for parallel proceedings such as a trial or inquest (PauseReview)",
            description = "Paused time does not count against the statutory clocks.")
    ResponseEntity<ReviewWriteResult> pause(@PathVariable String reviewId,
                                         @Parameter(description = IF_MATCH_DESCRIPTION)
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody DHRRequests.Pause request) {
        return accepted(reviewId, send(new PauseReview(reviewId, request.reason(), request.pausedOn(),
                ExpectedVersions.resolve(ifMatch, request.expectedVersion()))));
    }

    @PostMapping("/{reviewId}/resume")
    @Operation(summary = "Resume a paused review (ResumeReview)")
    ResponseEntity<ReviewWriteResult> resume(@PathVariable String reviewId,
                                          @Parameter(description = IF_MATCH_DESCRIPTION)
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @Valid @RequestBody DHRRequests.Resumption request) {
        return accepted(reviewId, send(new ResumeReview(reviewId, request.resumedOn(),
                ExpectedVersions.resolve(ifMatch, request.expectedVersion()))));
    }

    @PostMapping("/{reviewId}/quality-assurance/submission")
    @Operation(summary = "Submit the report to the Home Office quality assurance panel (SubmitToQualityAssurance)")
    ResponseEntity<ReviewWriteResult> submit(@PathVariable String reviewId,
                                          @Parameter(description = IF_MATCH_DESCRIPTION)
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @Valid @RequestBody DHRRequests.Submission request) {
        return accepted(reviewId, send(new SubmitToQualityAssurance(reviewId, request.submittedOn(),
                ExpectedVersions.resolve(ifMatch, request.expectedVersion()))));
    }

    @PostMapping("/{reviewId}/quality-assurance/outcome")
    @Operation(summary = "Record the quality assurance panel's answer (RecordQualityAssuranceOutcome)",
            description = "APPROVED, or REVISIONS_REQUESTED with notes (the report is then submitted again).")
    ResponseEntity<ReviewWriteResult> recordOutcome(@PathVariable String reviewId,
                                                 @Parameter(description = IF_MATCH_DESCRIPTION)
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody DHRRequests.QualityAssurance request) {
        return accepted(reviewId, send(new RecordQualityAssuranceOutcome(reviewId, request.outcome(), request.notes(),
                request.receivedOn(), ExpectedVersions.resolve(ifMatch, request.expectedVersion()))));
    }

    @PostMapping("/{reviewId}/publication")
    @Operation(summary = "Record the publication of the approved report (PublishReview)")
    ResponseEntity<ReviewWriteResult> publish(@PathVariable String reviewId,
                                           @Parameter(description = IF_MATCH_DESCRIPTION)
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody DHRRequests.Publication request) {
        return accepted(reviewId, send(new PublishReview(reviewId, request.publishedOn(), request.link(),
                ExpectedVersions.resolve(ifMatch, request.expectedVersion()))));
    }

    @PostMapping("/{reviewId}/learning-events")
    @Operation(summary = "Record a learning event for a case decided not to meet the criteria for a review (RecordLearningEvent)")
    ResponseEntity<ReviewWriteResult> recordLearningEvent(@PathVariable String reviewId,
                                                       @Parameter(description = IF_MATCH_DESCRIPTION)
                                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                       @Valid @RequestBody DHRRequests.LearningEvent request) {
        return accepted(reviewId, send(new RecordLearningEvent(reviewId, request.description(), request.heldOn(),
                ExpectedVersions.resolve(ifMatch, request.expectedVersion()))));
    }

    @PostMapping("/{reviewId}/close")
    @Operation(summary = "Close the case (CloseReview); nothing more is recorded for it")
    ResponseEntity<ReviewWriteResult> close(@PathVariable String reviewId,
                                         @Parameter(description = IF_MATCH_DESCRIPTION)
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody DHRRequests.Closure request) {
        return accepted(reviewId, send(new CloseReview(reviewId, request.reason(), request.closedOn(),
                ExpectedVersions.resolve(ifMatch, request.expectedVersion()))));
    }

    @PostMapping("/{reviewId}/actions")
    @Operation(summary = "Raise an action of the review's single-agency or multi-agency action plan",
            description = "The action's source is the review and its owning agency the lead agency; it appears in the action "
                    + "log and in the review view. Repeating the request with the same actionId and content answers with the "
                    + "original result.")
    ResponseEntity<ActionFromCaseWriteResult> raiseAction(@PathVariable String reviewId,
                                                          @Valid @RequestBody DHRRequests.ReviewAction request) {
        String actionId = request.actionId() != null ? request.actionId() : UUID.randomUUID().toString();
        ActionRaisedFromCase raised = commands.sendAndWait(new RaiseReviewAction(reviewId, actionId, request.plan(), request.title(),
                request.description(), request.ownerName(), request.leadAgency(), request.dueDate()));
        return ResponseEntity.created(URI.create("/api/actions/" + actionId)).eTag(Long.toString(raised.actionVersion()))
                .body(ActionFromCaseWriteResult.of(actionId, reviewId, raised));
    }

    private long send(Object command) {
        Long version = commands.sendAndWait(command);
        return version;
    }

    private static ResponseEntity<ReviewWriteResult> accepted(String reviewId, long version) {
        return ResponseEntity.ok().eTag(Long.toString(version)).body(ReviewWriteResult.of(reviewId, version));
    }
}
