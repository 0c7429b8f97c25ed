package org.saferboard.query.dhr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.events.ActionRaised;
import org.saferboard.api.dhr.ActionPlan;
import org.saferboard.api.dhr.QualityAssuranceOutcome;
import org.saferboard.api.dhr.ReviewStage;
import org.saferboard.api.dhr.events.DeathNotified;
import org.saferboard.api.dhr.events.PanelMemberRecorded;
import org.saferboard.api.dhr.events.QualityAssuranceOutcomeRecorded;
import org.saferboard.api.dhr.events.ReviewActionRaised;
import org.saferboard.api.dhr.events.ReviewChairAppointed;
import org.saferboard.api.dhr.events.ReviewDecided;
import org.saferboard.api.dhr.events.ReviewPaused;
import org.saferboard.api.dhr.events.ReviewResumed;
import org.saferboard.api.dhr.events.SubmittedToQualityAssurance;
import org.saferboard.api.dhr.queries.FindReview;
import org.saferboard.api.dhr.queries.FindReviews;
import org.saferboard.api.dhr.views.ReviewView;
import org.saferboard.query.action.ActionLogFeed;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.query.action.ActionLogReads;
import org.saferboard.testing.TestMongo;

class ReviewViewProjectionTest {

    private static final Instant AT = Instant.parse("2015-11-01T10:00:00Z");
    private static final Clock TODAY = Clock.fixed(Instant.parse("2016-02-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String MARY = "dhr-mary";

    private ReviewViewProjection projection;
    private ActionLogProjection actionLog;
    private ReviewQueries reviews;

    @BeforeEach
    void setUp() {
        MongoDatabase database = TestMongo.newDatabase();
        actionLog = new ActionLogProjection(database, TODAY, processingGroup -> { }, ActionLogReads.EXACT_KEYS);
        projection = new ReviewViewProjection(database, new StatutoryClocks(Period.ofMonths(1), Period.ofMonths(6)), TODAY,
                processingGroup -> { });
        reviews = new ReviewQueries(projection, actionLog, new DHRFundLedgerProjection(database, processingGroup -> { }));
    }

    private void feedMary() {
        projection.on(new DeathNotified(MARY, "LR-DHR-2015-01", "Mary", LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 10),
                "Leicestershire Police", "Charnwood", AT));
        projection.on(new ReviewDecided(MARY, true, "Meets the statutory criteria", LocalDate.of(2015, 7, 1), AT), 1);
        projection.on(new ReviewChairAppointed(MARY, "Independent chair", LocalDate.of(2015, 7, 20), AT), 2);
        projection.on(new PanelMemberRecorded(MARY, "DI, Major Crime", "Police representative", "Leicestershire Police", AT), 3);
        projection.on(new ReviewPaused(MARY, "Criminal trial", LocalDate.of(2015, 8, 1), AT), 4);
        projection.on(new ReviewResumed(MARY, LocalDate.of(2015, 10, 1), AT), 5);
        projection.on(new ReviewActionRaised(MARY, "mary-dash", ActionPlan.SINGLE_AGENCY, "Confirm DASH training", "Swanswell", AT), 6);
        projection.on(new SubmittedToQualityAssurance(MARY, LocalDate.of(2015, 12, 1), AT), 7);
        projection.on(new QualityAssuranceOutcomeRecorded(MARY, QualityAssuranceOutcome.REVISIONS_REQUESTED, "Strengthen the chronology",
                LocalDate.of(2016, 1, 10), AT), 8);
        ActionLogFeed.raised(actionLog, new ActionRaised("mary-dash", "Confirm DASH training", null, "Service manager", "Swanswell",
                LocalDate.of(2016, 1, 15), new ActionSource(SourceKind.DHR, "DHR 'Mary' (LR-DHR-2015-01), single-agency action plan"),
                AT));
    }

    @Test
    void showsStageClocksPanelPausesQualityAssuranceAndActions() {
        feedMary();

        ReviewView mary = reviews.handle(new FindReview(MARY)).orElseThrow();

        assertThat(mary.stage()).as("revisions requested: back in review").isEqualTo(ReviewStage.IN_REVIEW);
        assertThat(mary.paused()).isFalse();
        assertThat(mary.decisionClock()).isEqualTo(new ReviewView.StatutoryClock(ReviewView.ClockStatus.MET, LocalDate.of(2015, 7, 10),
                LocalDate.of(2015, 7, 1), 0));
        assertThat(mary.reportClock()).as("met by the first submission").isEqualTo(new ReviewView.StatutoryClock(
                ReviewView.ClockStatus.MET, LocalDate.of(2016, 3, 2), LocalDate.of(2015, 12, 1), 61));
        assertThat(mary.panel()).containsExactly(new ReviewView.PanelMember("DI, Major Crime", "Police representative",
                "Leicestershire Police"));
        assertThat(mary.pauses()).containsExactly(new ReviewView.Pause("Criminal trial", LocalDate.of(2015, 8, 1),
                LocalDate.of(2015, 10, 1)));
        assertThat(mary.qualityAssurance()).containsExactly(new ReviewView.QualityAssurance(LocalDate.of(2015, 12, 1),
                QualityAssuranceOutcome.REVISIONS_REQUESTED, "Strengthen the chronology", LocalDate.of(2016, 1, 10)));
        assertThat(mary.actions()).containsExactly(new ReviewView.Action("mary-dash", ActionPlan.SINGLE_AGENCY,
                "Confirm DASH training", "Swanswell", ActionStatus.OPEN, LocalDate.of(2016, 1, 15), true));
        assertThat(mary.totalAllocated()).isEqualTo("0.00");
        assertThat(mary.version()).isEqualTo(9);
    }

    @Test
    void anActionShowsTheWordingTheActionLogHoldsNotTheCopyTakenWhenItWasRaised() {
        feedMary();
        projection.on(new ReviewActionRaised(MARY, "mary-mapping", ActionPlan.MULTI_AGENCY, "Map the referral routes",
                "Leicester City Council", AT), 9);
        ActionLogFeed.raised(actionLog, new ActionRaised("mary-mapping", "Map the referral routes to the IDVA service", null,
                "Head of service", "Leicester City Council", LocalDate.of(2016, 3, 1),
                ActionSource.review("DHR 'Mary' (LR-DHR-2015-01), multi-agency action plan", MARY), AT));

        assertThat(reviews.handle(new FindReview(MARY)).orElseThrow().actions()).extracting(ReviewView.Action::title)
                .containsExactly("Confirm DASH training", "Map the referral routes to the IDVA service");
        assertThat(projection.caseOf(MARY).orElseThrow().actions()).as("before the action log has it: the wording raised")
                .extracting(ReviewView.Action::title, ReviewView.Action::status)
                .contains(tuple("Map the referral routes", null));
    }

    @Test
    void feedingTheSameEventsAgainChangesNothing() {
        feedMary();
        ReviewView once = reviews.handle(new FindReview(MARY)).orElseThrow();

        feedMary();

        assertThat(reviews.handle(new FindReview(MARY)).orElseThrow()).isEqualTo(once);
        assertThat(projection.handle(new FindReviews(null, false)).reviews()).hasSize(1);
    }

    @Test
    void listsCasesOverdueToday() {
        feedMary();
        projection.on(new DeathNotified("dhr-fn", "LR-DHR-2015-02", "FN", LocalDate.of(2015, 12, 20), LocalDate.of(2015, 12, 24),
                "Leicestershire Police", "Melton", AT));

        assertThat(projection.handle(new FindReviews(null, true)).reviews()).extracting(summary -> summary.pseudonym() + " "
                + summary.decisionClock().status()).containsExactly("FN OVERDUE");
        assertThat(projection.handle(new FindReviews(ReviewStage.IN_REVIEW, false)).reviews()).extracting(summary -> summary.pseudonym())
                .containsExactly("Mary");
        assertThat(reviews.handle(new FindReview("no-such-review"))).isEmpty();
    }
}
