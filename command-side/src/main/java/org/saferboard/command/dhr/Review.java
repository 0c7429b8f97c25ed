package org.saferboard.command.dhr;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.saferboard.command.CommandChecks.currentVersion;
import static org.saferboard.command.CommandChecks.onOrBeforeToday;
import static org.saferboard.command.CommandChecks.requireText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.commands.ActionRaisedFromCase;
import org.saferboard.api.action.commands.RaiseAction;
import org.saferboard.api.dhr.ActionPlan;
import org.saferboard.api.dhr.QualityAssuranceOutcome;
import org.saferboard.api.dhr.ReviewStage;
import org.saferboard.api.dhr.commands.AppointReviewChair;
import org.saferboard.api.dhr.commands.CheckReviewAcceptsFunding;
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
import org.saferboard.api.dhr.events.DeathNotified;
import org.saferboard.api.dhr.events.LearningEventRecorded;
import org.saferboard.api.dhr.events.PanelMemberRecorded;
import org.saferboard.api.dhr.events.QualityAssuranceOutcomeRecorded;
import org.saferboard.api.dhr.events.ReviewActionRaised;
import org.saferboard.api.dhr.events.ReviewChairAppointed;
import org.saferboard.api.dhr.events.ReviewClosed;
import org.saferboard.api.dhr.events.ReviewDecided;
import org.saferboard.api.dhr.events.ReviewPaused;
import org.saferboard.api.dhr.events.ReviewPublished;
import org.saferboard.api.dhr.events.ReviewResumed;
import org.saferboard.api.dhr.events.SubmittedToQualityAssurance;
import org.saferboard.command.CaseActions;
import org.saferboard.command.CommandChecks;

/**
 * A Domestic Homicide Review case, known only by its reference and a pseudonym: the notification,
 * the decision whether to hold a review, its chair and panel, pauses for parallel proceedings, the
 * Home Office quality assurance, publication and closure; or, with no review, a learning event.
 * Its action plans are Actions raised with the review as their source. The statutory clocks are
 * read-side figures (they are configurable and paused time does not count), so missing one is
 * reported, not refused. Every handler answers with the case's version.
 */
@Aggregate
public class Review {

    private static final String LAST_STEP = "the case's last dated step";

    @AggregateIdentifier
    private String reviewId;
    /** Kept so that a repeated NotifyDeath can be recognised as the same request. */
    private DeathNotified notifiedAs;
    private ReviewStage stage;
    private LocalDate latestStageDate;
    private boolean paused;
    private LocalDate pausedOn;
    private String chairName;
    private final Set<String> panel = new HashSet<>();
    private final Set<String> actionsRaised = new HashSet<>();

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(NotifyDeath command, Clock clock, CaseReferences caseReferences) {
        if (notifiedAs != null) {
            if (!sameNotification(command)) {
                throw ReviewRefused.REVIEW_ID_ALREADY_USED.because("Review " + command.reviewId()
                        + " is recorded already with other details; choose a new reviewId for another case.");
            }
            return AggregateVersions.fromSequenceNumber(0);
        }
        onOrBeforeToday(command.dateOfDeath(), "dateOfDeath", clock);
        onOrBeforeToday(command.notifiedOn(), "notifiedOn", clock, command.dateOfDeath(), "the date of death");
        caseReferences.claim(command.caseReference(), command.reviewId());
        apply(new DeathNotified(command.reviewId(), command.caseReference(), command.pseudonym(), command.dateOfDeath(),
                command.notifiedOn(), command.notifyingAgency(), command.area(), clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(DecideReview command, Clock clock) {
        requireVersion(command.expectedVersion());
        LocalDate decidedOn = onOrBeforeToday(command.decidedOn(), "decidedOn", clock, notifiedAs.notifiedOn(), "the notification");
        requireOpen();
        if (stage != ReviewStage.NOTIFIED) {
            throw ReviewRefused.ALREADY_DECIDED.because("Review " + reviewId + " has its decision already ("
                    + stage + "); a changed decision is a new case.");
        }
        requireNotPaused("decided");
        apply(new ReviewDecided(reviewId, command.holdReview(), command.rationale(), decidedOn, clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(AppointReviewChair command, Clock clock) {
        LocalDate appointedOn = onOrBeforeToday(command.appointedOn(), "appointedOn", clock, notifiedAs.notifiedOn(),
                "the notification");
        requireReviewHeld("given a chair");
        if (command.chairName().equals(chairName)) {
            return currentVersion();
        }
        requireVersion(command.expectedVersion());
        apply(new ReviewChairAppointed(reviewId, command.chairName(), appointedOn, clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(RecordPanelMember command, Clock clock) {
        requireReviewHeld("given panel members");
        if (panel.contains(panelKey(command.name(), command.agency()))) {
            return currentVersion();
        }
        requireVersion(command.expectedVersion());
        apply(new PanelMemberRecorded(reviewId, command.name(), command.role(), command.agency(), clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(PauseReview command, Clock clock) {
        requireVersion(command.expectedVersion());
        LocalDate on = onOrBeforeToday(command.pausedOn(), "pausedOn", clock, latestStageDate, LAST_STEP);
        requireOpen();
        if (stage == ReviewStage.PUBLISHED || stage == ReviewStage.NO_REVIEW) {
            throw ReviewRefused.NOT_RUNNING.because("Review " + reviewId + " is " + stage + "; only a running case can be paused.");
        }
        if (paused) {
            throw ReviewRefused.ALREADY_PAUSED.because("Review " + reviewId + " is paused already since " + pausedOn
                    + "; resume it first.");
        }
        apply(new ReviewPaused(reviewId, command.reason(), on, clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(ResumeReview command, Clock clock) {
        requireVersion(command.expectedVersion());
        requireOpen();
        if (!paused) {
            throw ReviewRefused.NOT_PAUSED.because("Review " + reviewId + " is not paused.");
        }
        LocalDate on = onOrBeforeToday(command.resumedOn(), "resumedOn", clock, pausedOn, "the pause");
        apply(new ReviewResumed(reviewId, on, clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(SubmitToQualityAssurance command, Clock clock) {
        requireVersion(command.expectedVersion());
        LocalDate on = onOrBeforeToday(command.submittedOn(), "submittedOn", clock, latestStageDate, LAST_STEP);
        requireReviewHeld("submitted to quality assurance");
        if (stage != ReviewStage.IN_REVIEW) {
            throw ReviewRefused.NOT_IN_REVIEW.because("Review " + reviewId + " is " + stage
                    + "; only a review in progress is submitted to quality assurance.");
        }
        if (chairName == null) {
            throw ReviewRefused.HAS_NO_CHAIR.because("Review " + reviewId + " has no chair yet; appoint one first.");
        }
        requireNotPaused("submitted");
        apply(new SubmittedToQualityAssurance(reviewId, on, clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(RecordQualityAssuranceOutcome command, Clock clock) {
        requireVersion(command.expectedVersion());
        if (command.outcome() == QualityAssuranceOutcome.REVISIONS_REQUESTED) {
            requireText(command.notes(), "notes");
        }
        LocalDate on = onOrBeforeToday(command.receivedOn(), "receivedOn", clock, latestStageDate, LAST_STEP);
        requireOpen();
        if (stage != ReviewStage.WITH_QUALITY_ASSURANCE) {
            throw ReviewRefused.NOT_WITH_QUALITY_ASSURANCE.because("Review " + reviewId + " is " + stage
                    + "; it is not with the quality assurance panel.");
        }
        apply(new QualityAssuranceOutcomeRecorded(reviewId, command.outcome(), command.notes(), on, clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(PublishReview command, Clock clock) {
        requireVersion(command.expectedVersion());
        LocalDate on = onOrBeforeToday(command.publishedOn(), "publishedOn", clock, latestStageDate, LAST_STEP);
        requireOpen();
        if (stage != ReviewStage.APPROVED) {
            throw ReviewRefused.NOT_APPROVED.because("Review " + reviewId + " is " + stage
                    + "; only a report the quality assurance panel approved is published.");
        }
        requireNotPaused("published");
        apply(new ReviewPublished(reviewId, on, command.link(), clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(RecordLearningEvent command, Clock clock) {
        requireVersion(command.expectedVersion());
        LocalDate on = onOrBeforeToday(command.heldOn(), "heldOn", clock, latestStageDate, LAST_STEP);
        requireOpen();
        if (stage != ReviewStage.NO_REVIEW) {
            throw ReviewRefused.IS_HELD.because("Review " + reviewId + " is " + stage
                    + "; a learning event is for a case decided not to meet the criteria for a review.");
        }
        apply(new LearningEventRecorded(reviewId, command.description(), on, clock.instant()));
        return currentVersion();
    }

    @CommandHandler
    long handle(CloseReview command, Clock clock) {
        requireVersion(command.expectedVersion());
        LocalDate on = onOrBeforeToday(command.closedOn(), "closedOn", clock, latestStageDate, LAST_STEP);
        requireOpen();
        apply(new ReviewClosed(reviewId, command.reason(), on, clock.instant()));
        return currentVersion();
    }

    /**
     * Raises the action with the review as its source; answers with the action's version and the
     * review's. A repeat raises nothing new.
     */
    @CommandHandler
    ActionRaisedFromCase handle(RaiseReviewAction command, Clock clock, CaseActions actions) {
        requireOpen();
        if (stage == ReviewStage.NOTIFIED) {
            throw ReviewRefused.NOT_DECIDED.because("Review " + reviewId
                    + " has no decision yet; action plans come from a review or a learning event.");
        }
        String plan = command.plan() == ActionPlan.SINGLE_AGENCY ? "single-agency" : "multi-agency";
        ActionSource source = ActionSource.review("DHR '" + notifiedAs.pseudonym() + "' (" + notifiedAs.caseReference() + "), "
                + plan + " action plan", reviewId);
        long actionVersion = actions.raise(new RaiseAction(command.actionId(), command.title(), command.description(),
                command.ownerName(), command.leadAgency(), command.dueDate(), source));
        if (!actionsRaised.contains(command.actionId())) {
            apply(new ReviewActionRaised(reviewId, command.actionId(), command.plan(), command.title(), command.leadAgency(),
                    clock.instant()));
        }
        return new ActionRaisedFromCase(actionVersion, currentVersion());
    }

    /** Changes nothing: the DHR fund asks before it allocates money to this case. */
    @CommandHandler
    void handle(CheckReviewAcceptsFunding command) {
        requireOpen();
    }

    private boolean sameNotification(NotifyDeath command) {
        return notifiedAs.caseReference().equals(command.caseReference()) && notifiedAs.pseudonym().equals(command.pseudonym())
                && notifiedAs.dateOfDeath().equals(command.dateOfDeath()) && notifiedAs.notifiedOn().equals(command.notifiedOn())
                && notifiedAs.notifyingAgency().equals(command.notifyingAgency()) && notifiedAs.area().equals(command.area());
    }

    private void requireVersion(Long expectedVersion) {
        CommandChecks.requireVersion(expectedVersion, "Review " + reviewId);
    }

    private void requireOpen() {
        if (stage == ReviewStage.CLOSED) {
            throw ReviewRefused.CLOSED.because("Review " + reviewId + " is closed; nothing more can be recorded for it.");
        }
    }

    private void requireReviewHeld(String attempted) {
        requireOpen();
        if (stage == ReviewStage.NOTIFIED || stage == ReviewStage.NO_REVIEW) {
            throw ReviewRefused.NOT_HELD.because("Review " + reviewId + " is " + stage
                    + "; only a case decided to have a review can be " + attempted + ".");
        }
    }

    private void requireNotPaused(String attempted) {
        if (paused) {
            throw ReviewRefused.PAUSED.because("Review " + reviewId + " is paused since " + pausedOn
                    + "; resume it before it is " + attempted + ".");
        }
    }

    private static String panelKey(String name, String agency) {
        return name + "\n" + agency;
    }

    @EventSourcingHandler
    void on(DeathNotified event) {
        reviewId = event.reviewId();
        notifiedAs = event;
        stage = ReviewStage.NOTIFIED;
        latestStageDate = event.notifiedOn();
    }

    @EventSourcingHandler
    void on(ReviewDecided event) {
        stage = event.holdReview() ? ReviewStage.IN_REVIEW : ReviewStage.NO_REVIEW;
        latestStageDate = event.decidedOn();
    }

    @EventSourcingHandler
    void on(ReviewChairAppointed event) {
        chairName = event.chairName();
    }

    @EventSourcingHandler
    void on(PanelMemberRecorded event) {
        panel.add(panelKey(event.name(), event.agency()));
    }

    @EventSourcingHandler
    void on(ReviewPaused event) {
        paused = true;
        pausedOn = event.pausedOn();
        latestStageDate = event.pausedOn();
    }

    @EventSourcingHandler
    void on(ReviewResumed event) {
        paused = false;
        latestStageDate = event.resumedOn();
    }

    @EventSourcingHandler
    void on(SubmittedToQualityAssurance event) {
        stage = ReviewStage.WITH_QUALITY_ASSURANCE;
        latestStageDate = event.submittedOn();
    }

    @EventSourcingHandler
    void on(QualityAssuranceOutcomeRecorded event) {
        stage = event.outcome() == QualityAssuranceOutcome.APPROVED ? ReviewStage.APPROVED : ReviewStage.IN_REVIEW;
        latestStageDate = event.receivedOn();
    }

    @EventSourcingHandler
    void on(ReviewPublished event) {
        stage = ReviewStage.PUBLISHED;
        latestStageDate = event.publishedOn();
    }

    @EventSourcingHandler
    void on(LearningEventRecorded event) {
        latestStageDate = event.heldOn();
    }

    @EventSourcingHandler
    void on(ReviewClosed event) {
        stage = ReviewStage.CLOSED;
    }

    @EventSourcingHandler
    void on(ReviewActionRaised event) {
        actionsRaised.add(event.actionId());
    }

    Review() {
        // for Axon
    }
}
