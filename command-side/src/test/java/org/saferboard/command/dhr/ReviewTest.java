package org.saferboard.command.dhr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferboard.command.RefusedWith.refusedWith;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.commands.ActionRaisedFromCase;
import org.saferboard.api.action.commands.RaiseAction;
import org.saferboard.api.dhr.ActionPlan;
import org.saferboard.api.dhr.QualityAssuranceOutcome;
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
import org.saferboard.command.BrokenFieldRule;
import org.saferboard.command.CaseActions;
import org.saferboard.command.CaseRefused;
import org.saferboard.command.dhr.ReviewRefused;

class ReviewTest {

    private static final Instant NOW = Instant.parse("2015-06-18T10:00:00Z");
    private static final Instant EARLIER = Instant.parse("2014-11-03T09:00:00Z");
    private static final String REVIEW_ID = "dhr-mary";
    private static final String CASE_REFERENCE = "LR-DHR-2014-01";
    private static final LocalDate DEATH = LocalDate.of(2014, 10, 12);
    private static final LocalDate NOTIFIED = LocalDate.of(2014, 10, 20);
    private static final LocalDate DECIDED = LocalDate.of(2014, 11, 3);
    private static final DeathNotified NOTIFIED_EVENT = new DeathNotified(REVIEW_ID, CASE_REFERENCE, "Mary", DEATH, NOTIFIED,
            "Leicestershire Police", "Charnwood", EARLIER);
    private static final ReviewDecided HELD = new ReviewDecided(REVIEW_ID, true, "Meets the statutory criteria", DECIDED, EARLIER);
    private static final ReviewDecided NOT_HELD = new ReviewDecided(REVIEW_ID, false,
            "Did not meet the criteria; domestic abuse links", DECIDED, EARLIER);
    private static final ReviewChairAppointed CHAIR = new ReviewChairAppointed(REVIEW_ID, "Independent chair A", DECIDED, EARLIER);
    private static final SubmittedToQualityAssurance SUBMITTED = new SubmittedToQualityAssurance(REVIEW_ID,
            LocalDate.of(2015, 4, 30), EARLIER);
    private static final QualityAssuranceOutcomeRecorded APPROVED = new QualityAssuranceOutcomeRecorded(REVIEW_ID,
            QualityAssuranceOutcome.APPROVED, null, LocalDate.of(2015, 6, 1), EARLIER);
    private static final ReviewClosed CLOSED = new ReviewClosed(REVIEW_ID, "Action plans complete", LocalDate.of(2015, 6, 1), EARLIER);

    private final List<RaiseAction> actionsRaised = new ArrayList<>();
    private final List<String> caseReferencesClaimed = new ArrayList<>();
    private AggregateTestFixture<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Review.class);
        // the field rules on the commands, checked on the command bus as the application does
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((CaseActions) command -> {
            actionsRaised.add(command);
            return 1L;
        });
        fixture.registerInjectableResource((CaseReferences) (caseReference, reviewId) -> {
            if (caseReference.equals("LR-DHR-TAKEN")) {
                throw ReviewRefused.CASE_REFERENCE_ALREADY_USED.because("taken");
            }
            caseReferencesClaimed.add(caseReference + " for " + reviewId);
        });
    }

    private static NotifyDeath notifyDeath() {
        return new NotifyDeath(REVIEW_ID, CASE_REFERENCE, "Mary", DEATH, NOTIFIED, "Leicestershire Police", "Charnwood");
    }

    @Test
    void canNotifyDeathUnderPseudonym() {
        fixture.givenNoPriorActivity()
                .when(notifyDeath())
                .expectEvents(new DeathNotified(REVIEW_ID, CASE_REFERENCE, "Mary", DEATH, NOTIFIED, "Leicestershire Police",
                        "Charnwood", NOW))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aNotificationClaimsItsCaseReference() {
        fixture.givenNoPriorActivity().when(notifyDeath());

        assertThat(caseReferencesClaimed).containsExactly(CASE_REFERENCE + " for " + REVIEW_ID);
    }

    @Test
    void cannotNotifyUnderACaseReferenceAnotherReviewHolds() {
        fixture.givenNoPriorActivity()
                .when(new NotifyDeath(REVIEW_ID, "LR-DHR-TAKEN", "Mary", DEATH, NOTIFIED, "Leicestershire Police", "Charnwood"))
                .expectNoEvents()
                .expectException(refusedWith(ReviewRefused.CASE_REFERENCE_ALREADY_USED));
    }

    @Test
    void canRepeatNotificationWithSameContent() {
        fixture.given(NOTIFIED_EVENT).when(notifyDeath()).expectNoEvents().expectResultMessagePayload(1L);
    }

    @Test
    void cannotReuseReviewIdForAnotherCase() {
        fixture.given(NOTIFIED_EVENT)
                .when(new NotifyDeath(REVIEW_ID, "LR-DHR-2015-02", "FN", DEATH, NOTIFIED, "Leicestershire Police", "Melton"))
                .expectException(refusedWith(ReviewRefused.REVIEW_ID_ALREADY_USED));
    }

    @Test
    void cannotNotifyBeforeTheDeath() {
        fixture.givenNoPriorActivity()
                .when(new NotifyDeath(REVIEW_ID, CASE_REFERENCE, "Mary", DEATH, DEATH.minusDays(1), "Leicestershire Police", "Charnwood"))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must not be before the date of death (2014-10-12)");
    }

    @Test
    void cannotNotifyWithoutPseudonym() {
        fixture.givenNoPriorActivity()
                .when(new NotifyDeath(REVIEW_ID, CASE_REFERENCE, " ", DEATH, NOTIFIED, "Leicestershire Police", "Charnwood"))
                .expectException(BrokenFieldRule.on("pseudonym"));
    }

    @Test
    void canDecideToHoldReview() {
        fixture.given(NOTIFIED_EVENT)
                .when(new DecideReview(REVIEW_ID, true, "Meets the statutory criteria", DECIDED, 1L))
                .expectEvents(new ReviewDecided(REVIEW_ID, true, "Meets the statutory criteria", DECIDED, NOW))
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotDecideWithAStaleVersion() {
        fixture.given(NOTIFIED_EVENT, new ReviewPaused(REVIEW_ID, "Criminal trial", NOTIFIED, EARLIER))
                .when(new DecideReview(REVIEW_ID, true, "Meets the statutory criteria", DECIDED, 1L))
                .expectException(refusedWith(CaseRefused.VERSION_CONFLICT));
    }

    @Test
    void cannotDecideTwice() {
        fixture.given(NOTIFIED_EVENT, HELD)
                .when(new DecideReview(REVIEW_ID, false, "Changed our minds", DECIDED, null))
                .expectException(refusedWith(ReviewRefused.ALREADY_DECIDED));
    }

    @Test
    void cannotDecideBeforeTheNotification() {
        fixture.given(NOTIFIED_EVENT)
                .when(new DecideReview(REVIEW_ID, true, "Meets the statutory criteria", NOTIFIED.minusDays(1), null))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void cannotDecideAfterClosure() {
        fixture.given(NOTIFIED_EVENT, new ReviewClosed(REVIEW_ID, "Notified in error", NOTIFIED, EARLIER))
                .when(new DecideReview(REVIEW_ID, true, "Meets the statutory criteria", DECIDED, null))
                .expectException(refusedWith(ReviewRefused.CLOSED));
    }

    @Test
    void cannotDecideWhilePaused() {
        fixture.given(NOTIFIED_EVENT, new ReviewPaused(REVIEW_ID, "Criminal trial", NOTIFIED, EARLIER))
                .when(new DecideReview(REVIEW_ID, true, "Meets the statutory criteria", DECIDED, null))
                .expectException(refusedWith(ReviewRefused.PAUSED));
    }

    @Test
    void cannotDecideInTheFuture() {
        fixture.given(NOTIFIED_EVENT)
                .when(new DecideReview(REVIEW_ID, true, "Meets the statutory criteria", LocalDate.of(2015, 6, 19), null))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must not be after today (2015-06-18)");
    }

    @Test
    void canAppointChairAndPanel() {
        fixture.given(NOTIFIED_EVENT, HELD)
                .when(new AppointReviewChair(REVIEW_ID, "Independent chair A", DECIDED, null))
                .expectEvents(new ReviewChairAppointed(REVIEW_ID, "Independent chair A", DECIDED, NOW));
        fixture.given(NOTIFIED_EVENT, HELD)
                .when(new RecordPanelMember(REVIEW_ID, "Panel member B", "Detective Inspector", "Leicestershire Police", null))
                .expectEvents(new PanelMemberRecorded(REVIEW_ID, "Panel member B", "Detective Inspector", "Leicestershire Police", NOW));
    }

    @Test
    void canRepeatPanelMemberWithoutRecordingTwice() {
        fixture.given(NOTIFIED_EVENT, HELD, new PanelMemberRecorded(REVIEW_ID, "Panel member B", "DI", "Leicestershire Police", EARLIER))
                .when(new RecordPanelMember(REVIEW_ID, "Panel member B", "DI", "Leicestershire Police", null))
                .expectNoEvents();
    }

    @Test
    void cannotAppointChairWhenNoReviewIsHeld() {
        fixture.given(NOTIFIED_EVENT, NOT_HELD)
                .when(new AppointReviewChair(REVIEW_ID, "Independent chair A", DECIDED, null))
                .expectException(refusedWith(ReviewRefused.NOT_HELD));
    }

    @Test
    void canPauseAndResumeForParallelProceedings() {
        fixture.given(NOTIFIED_EVENT, HELD)
                .when(new PauseReview(REVIEW_ID, "Criminal trial", LocalDate.of(2014, 12, 1), null))
                .expectEvents(new ReviewPaused(REVIEW_ID, "Criminal trial", LocalDate.of(2014, 12, 1), NOW));
        fixture.given(NOTIFIED_EVENT, HELD, new ReviewPaused(REVIEW_ID, "Criminal trial", LocalDate.of(2014, 12, 1), EARLIER))
                .when(new ResumeReview(REVIEW_ID, LocalDate.of(2015, 2, 1), null))
                .expectEvents(new ReviewResumed(REVIEW_ID, LocalDate.of(2015, 2, 1), NOW));
    }

    @Test
    void cannotPauseTwiceOrResumeWhatIsNotPaused() {
        fixture.given(NOTIFIED_EVENT, HELD, new ReviewPaused(REVIEW_ID, "Criminal trial", LocalDate.of(2014, 12, 1), EARLIER))
                .when(new PauseReview(REVIEW_ID, "Inquest", LocalDate.of(2015, 1, 1), null))
                .expectException(refusedWith(ReviewRefused.ALREADY_PAUSED));
        fixture.given(NOTIFIED_EVENT, HELD)
                .when(new ResumeReview(REVIEW_ID, LocalDate.of(2015, 2, 1), null))
                .expectException(refusedWith(ReviewRefused.NOT_PAUSED));
    }

    @Test
    void cannotResumeBeforeThePause() {
        fixture.given(NOTIFIED_EVENT, HELD, new ReviewPaused(REVIEW_ID, "Criminal trial", LocalDate.of(2014, 12, 1), EARLIER))
                .when(new ResumeReview(REVIEW_ID, LocalDate.of(2014, 11, 30), null))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must not be before the pause (2014-12-01)");
    }

    @Test
    void canSubmitToQualityAssuranceOnceChaired() {
        fixture.given(NOTIFIED_EVENT, HELD, CHAIR)
                .when(new SubmitToQualityAssurance(REVIEW_ID, LocalDate.of(2015, 4, 30), null))
                .expectEvents(new SubmittedToQualityAssurance(REVIEW_ID, LocalDate.of(2015, 4, 30), NOW));
    }

    @Test
    void cannotSubmitWithoutChair() {
        fixture.given(NOTIFIED_EVENT, HELD)
                .when(new SubmitToQualityAssurance(REVIEW_ID, LocalDate.of(2015, 4, 30), null))
                .expectException(refusedWith(ReviewRefused.HAS_NO_CHAIR));
    }

    @Test
    void cannotSubmitWhilePaused() {
        fixture.given(NOTIFIED_EVENT, HELD, CHAIR, new ReviewPaused(REVIEW_ID, "Inquest", LocalDate.of(2015, 1, 5), EARLIER))
                .when(new SubmitToQualityAssurance(REVIEW_ID, LocalDate.of(2015, 4, 30), null))
                .expectException(refusedWith(ReviewRefused.PAUSED));
    }

    @Test
    void canRecordApprovalThenPublish() {
        fixture.given(NOTIFIED_EVENT, HELD, CHAIR, SUBMITTED)
                .when(new RecordQualityAssuranceOutcome(REVIEW_ID, QualityAssuranceOutcome.APPROVED, null, LocalDate.of(2015, 6, 1), null))
                .expectEvents(new QualityAssuranceOutcomeRecorded(REVIEW_ID, QualityAssuranceOutcome.APPROVED, null,
                        LocalDate.of(2015, 6, 1), NOW));
        fixture.given(NOTIFIED_EVENT, HELD, CHAIR, SUBMITTED, APPROVED)
                .when(new PublishReview(REVIEW_ID, LocalDate.of(2015, 6, 10), "https://www.lrsb.org.uk/dhr-mary", null))
                .expectEvents(new ReviewPublished(REVIEW_ID, LocalDate.of(2015, 6, 10), "https://www.lrsb.org.uk/dhr-mary", NOW));
    }

    @Test
    void canResubmitAfterRevisionsAreRequested() {
        fixture.given(NOTIFIED_EVENT, HELD, CHAIR, SUBMITTED, new QualityAssuranceOutcomeRecorded(REVIEW_ID,
                        QualityAssuranceOutcome.REVISIONS_REQUESTED, "Strengthen the chronology", LocalDate.of(2015, 5, 20), EARLIER))
                .when(new SubmitToQualityAssurance(REVIEW_ID, LocalDate.of(2015, 6, 15), null))
                .expectEvents(new SubmittedToQualityAssurance(REVIEW_ID, LocalDate.of(2015, 6, 15), NOW));
    }

    @Test
    void cannotRequestRevisionsWithoutSayingWhich() {
        fixture.given(NOTIFIED_EVENT, HELD, CHAIR, SUBMITTED)
                .when(new RecordQualityAssuranceOutcome(REVIEW_ID, QualityAssuranceOutcome.REVISIONS_REQUESTED, " ",
                        LocalDate.of(2015, 6, 1), null))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void cannotRecordOutcomeOfAReportNotSubmitted() {
        fixture.given(NOTIFIED_EVENT, HELD, CHAIR)
                .when(new RecordQualityAssuranceOutcome(REVIEW_ID, QualityAssuranceOutcome.APPROVED, null, LocalDate.of(2015, 6, 1), null))
                .expectException(refusedWith(ReviewRefused.NOT_WITH_QUALITY_ASSURANCE));
    }

    @Test
    void cannotPublishBeforeApproval() {
        fixture.given(NOTIFIED_EVENT, HELD, CHAIR, SUBMITTED)
                .when(new PublishReview(REVIEW_ID, LocalDate.of(2015, 6, 10), "https://www.lrsb.org.uk/dhr-mary", null))
                .expectException(refusedWith(ReviewRefused.NOT_APPROVED));
    }

    @Test
    void canRecordLearningEventForCaseWithoutReview() {
        fixture.given(NOTIFIED_EVENT, NOT_HELD)
                .when(new RecordLearningEvent(REVIEW_ID, "Multi-agency learning event", LocalDate.of(2015, 5, 14), null))
                .expectEvents(new LearningEventRecorded(REVIEW_ID, "Multi-agency learning event", LocalDate.of(2015, 5, 14), NOW));
    }

    @Test
    void cannotRecordLearningEventForCaseWithReview() {
        fixture.given(NOTIFIED_EVENT, HELD)
                .when(new RecordLearningEvent(REVIEW_ID, "Multi-agency learning event", LocalDate.of(2015, 5, 14), null))
                .expectException(refusedWith(ReviewRefused.IS_HELD));
    }

    @Test
    void canCloseThenNothingMoreIsRecorded() {
        fixture.given(NOTIFIED_EVENT, HELD)
                .when(new CloseReview(REVIEW_ID, "Action plans complete", LocalDate.of(2015, 6, 1), null))
                .expectEvents(new ReviewClosed(REVIEW_ID, "Action plans complete", LocalDate.of(2015, 6, 1), NOW));
        fixture.given(NOTIFIED_EVENT, HELD, CLOSED)
                .when(new RecordPanelMember(REVIEW_ID, "Panel member B", "DI", "Leicestershire Police", null))
                .expectException(refusedWith(ReviewRefused.CLOSED));
        fixture.given(NOTIFIED_EVENT, HELD, CLOSED)
                .when(new CloseReview(REVIEW_ID, "Again", LocalDate.of(2015, 6, 1), null))
                .expectException(refusedWith(ReviewRefused.CLOSED));
    }

    @Test
    void canRaiseActionPlanActionWithReviewAsSource() {
        fixture.given(NOTIFIED_EVENT, HELD)
                .when(new RaiseReviewAction(REVIEW_ID, "mary-dash-training", ActionPlan.SINGLE_AGENCY,
                        "Confirm all relevant staff have received DASH training", null, "Service manager", "Swanswell",
                        LocalDate.of(2015, 9, 17)))
                .expectEvents(new ReviewActionRaised(REVIEW_ID, "mary-dash-training", ActionPlan.SINGLE_AGENCY,
                        "Confirm all relevant staff have received DASH training", "Swanswell", NOW))
                .expectResultMessagePayload(new ActionRaisedFromCase(1, 3));
        assertThat(actionsRaised).containsExactly(new RaiseAction("mary-dash-training",
                "Confirm all relevant staff have received DASH training", null, "Service manager", "Swanswell",
                LocalDate.of(2015, 9, 17), ActionSource.review("DHR 'Mary' (LR-DHR-2014-01), single-agency action plan",
                REVIEW_ID)));
    }

    @Test
    void canRepeatRaiseWithoutRecordingTheActionTwice() {
        fixture.given(NOTIFIED_EVENT, HELD, new ReviewActionRaised(REVIEW_ID, "mary-dash-training", ActionPlan.SINGLE_AGENCY,
                        "Confirm DASH training", "Swanswell", EARLIER))
                .when(new RaiseReviewAction(REVIEW_ID, "mary-dash-training", ActionPlan.SINGLE_AGENCY, "Confirm DASH training",
                        null, "Service manager", "Swanswell", LocalDate.of(2015, 9, 17)))
                .expectNoEvents();
        assertThat(actionsRaised).hasSize(1);
    }

    @Test
    void cannotRaiseActionBeforeDecision() {
        fixture.given(NOTIFIED_EVENT)
                .when(new RaiseReviewAction(REVIEW_ID, "early", ActionPlan.MULTI_AGENCY, "Too early", null, "Someone",
                        "Leicestershire Police", LocalDate.of(2015, 9, 17)))
                .expectException(refusedWith(ReviewRefused.NOT_DECIDED));
        assertThat(actionsRaised).isEmpty();
    }

    @Test
    void closedReviewAcceptsNoFunding() {
        fixture.given(NOTIFIED_EVENT, HELD).when(new CheckReviewAcceptsFunding(REVIEW_ID)).expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(NOTIFIED_EVENT, HELD, CLOSED)
                .when(new CheckReviewAcceptsFunding(REVIEW_ID))
                .expectException(refusedWith(ReviewRefused.CLOSED));
    }

    @Test
    void cannotPauseACaseWithNoReview() {
        fixture.given(NOTIFIED_EVENT, NOT_HELD)
                .when(new PauseReview(REVIEW_ID, "Inquest", LocalDate.of(2015, 1, 5), null))
                .expectException(refusedWith(ReviewRefused.NOT_RUNNING));
    }
}
