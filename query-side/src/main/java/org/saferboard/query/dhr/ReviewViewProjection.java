package org.saferboard.query.dhr;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.saferboard.api.AggregateVersions;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.Pence;
import org.saferboard.api.dhr.ActionPlan;
import org.saferboard.api.dhr.QualityAssuranceOutcome;
import org.saferboard.api.dhr.ReviewStage;
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
import org.saferboard.api.dhr.queries.FindReviews;
import org.saferboard.api.dhr.views.ReviewList;
import org.saferboard.api.dhr.views.ReviewView;
import org.saferboard.infrastructure.projection.AppliedVersions;
import org.saferboard.infrastructure.projection.BatchedWrites;
import org.saferboard.infrastructure.projection.ReadModelRebuilds;
import org.springframework.stereotype.Component;

/**
 * One document per review case, each event one atomic update. Pauses and resumptions, and
 * submissions and quality assurance answers, are kept as parallel lists (they alternate, so the n-th
 * of one pairs with the n-th of the other) because an update cannot otherwise reach the open pause
 * without reading the document first. The statutory clocks are worked out when read, as they depend
 * on today. The actions' status and the money are not copied here: the action log and the fund
 * ledger keep them, and {@link ReviewQueries} reads the three together.
 */
@Component
@ProcessingGroup(ReviewViewProjection.PROCESSING_GROUP)
public class ReviewViewProjection {

    public static final String PROCESSING_GROUP = "review-view";
    static final String COLLECTION = "review_view";

    private static final String ID = "_id";
    private static final String CASE_REFERENCE = "caseReference";
    private static final String PSEUDONYM = "pseudonym";
    private static final String DATE_OF_DEATH = "dateOfDeath";
    /** ISO yyyy-MM-dd text, so that sorting follows the calendar. */
    private static final String NOTIFIED_ON = "notifiedOn";
    private static final String NOTIFYING_AGENCY = "notifyingAgency";
    private static final String AREA = "area";
    private static final String STAGE = "stage";
    private static final String PAUSED = "paused";
    private static final String DECISION = "decision";
    private static final String CHAIR_NAME = "chairName";
    private static final String PANEL = "panel";
    private static final String PAUSES = "pauses";
    private static final String RESUMPTIONS = "resumptions";
    private static final String SUBMISSIONS = "submissions";
    private static final String OUTCOMES = "outcomes";
    private static final String PUBLICATION = "publication";
    private static final String LEARNING_EVENTS = "learningEvents";
    private static final String CLOSURE = "closure";
    private static final String ACTIONS = "actions";
    private static final String VERSION = AppliedVersions.VERSION;

    private final MongoCollection<Document> reviews;
    private final ReadModelRebuilds rebuilds;
    private final BatchedWrites writes;
    private final AppliedVersions appliedVersions;
    private final StatutoryClocks clocks;
    private final Clock clock;

    public ReviewViewProjection(MongoDatabase saferBoardDatabase, StatutoryClocks clocks, Clock clock,
                                ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
        this.reviews = saferBoardDatabase.getCollection(COLLECTION);
        this.writes = new BatchedWrites(reviews);
        this.appliedVersions = new AppliedVersions(reviews);
        this.clocks = clocks;
        this.clock = clock;
    }

    @EventHandler
    void on(DeathNotified event) {
        appliedVersions.claimCreation(event.reviewId());
        Document review = new Document(CASE_REFERENCE, event.caseReference())
                .append(PSEUDONYM, event.pseudonym())
                .append(DATE_OF_DEATH, event.dateOfDeath().toString())
                .append(NOTIFIED_ON, event.notifiedOn().toString())
                .append(NOTIFYING_AGENCY, event.notifyingAgency())
                .append(AREA, event.area())
                .append(STAGE, ReviewStage.NOTIFIED.name())
                .append(PAUSED, false)
                .append(PANEL, List.of())
                .append(PAUSES, List.of())
                .append(RESUMPTIONS, List.of())
                .append(SUBMISSIONS, List.of())
                .append(OUTCOMES, List.of())
                .append(LEARNING_EVENTS, List.of())
                .append(ACTIONS, List.of())
                .append(VERSION, 1L);
        writes.write(new UpdateOneModel<>(eq(ID, event.reviewId()), new Document("$setOnInsert", review),
                new UpdateOptions().upsert(true)));
    }

    @EventHandler
    void on(ReviewDecided event, @SequenceNumber long sequenceNumber) {
        apply(event.reviewId(), sequenceNumber,
                Updates.set(STAGE, (event.holdReview() ? ReviewStage.IN_REVIEW : ReviewStage.NO_REVIEW).name()),
                Updates.set(DECISION, new Document("holdReview", event.holdReview()).append("rationale", event.rationale())
                        .append("decidedOn", event.decidedOn().toString())));
    }

    @EventHandler
    void on(ReviewChairAppointed event, @SequenceNumber long sequenceNumber) {
        apply(event.reviewId(), sequenceNumber, Updates.set(CHAIR_NAME, event.chairName()));
    }

    @EventHandler
    void on(PanelMemberRecorded event, @SequenceNumber long sequenceNumber) {
        apply(event.reviewId(), sequenceNumber, Updates.push(PANEL, new Document("name", event.name())
                .append("role", event.role()).append("agency", event.agency())));
    }

    @EventHandler
    void on(ReviewPaused event, @SequenceNumber long sequenceNumber) {
        apply(event.reviewId(), sequenceNumber, Updates.set(PAUSED, true),
                Updates.push(PAUSES, new Document("reason", event.reason()).append("pausedOn", event.pausedOn().toString())));
    }

    @EventHandler
    void on(ReviewResumed event, @SequenceNumber long sequenceNumber) {
        apply(event.reviewId(), sequenceNumber, Updates.set(PAUSED, false), Updates.push(RESUMPTIONS, event.resumedOn().toString()));
    }

    @EventHandler
    void on(SubmittedToQualityAssurance event, @SequenceNumber long sequenceNumber) {
        apply(event.reviewId(), sequenceNumber, Updates.set(STAGE, ReviewStage.WITH_QUALITY_ASSURANCE.name()),
                Updates.push(SUBMISSIONS, event.submittedOn().toString()));
    }

    @EventHandler
    void on(QualityAssuranceOutcomeRecorded event, @SequenceNumber long sequenceNumber) {
        ReviewStage stage = event.outcome() == QualityAssuranceOutcome.APPROVED ? ReviewStage.APPROVED : ReviewStage.IN_REVIEW;
        apply(event.reviewId(), sequenceNumber, Updates.set(STAGE, stage.name()),
                Updates.push(OUTCOMES, new Document("outcome", event.outcome().name()).append("notes", event.notes())
                        .append("receivedOn", event.receivedOn().toString())));
    }

    @EventHandler
    void on(ReviewPublished event, @SequenceNumber long sequenceNumber) {
        apply(event.reviewId(), sequenceNumber, Updates.set(STAGE, ReviewStage.PUBLISHED.name()),
                Updates.set(PUBLICATION, new Document("publishedOn", event.publishedOn().toString()).append("link", event.link())));
    }

    @EventHandler
    void on(LearningEventRecorded event, @SequenceNumber long sequenceNumber) {
        apply(event.reviewId(), sequenceNumber, Updates.push(LEARNING_EVENTS, new Document("description", event.description())
                .append("heldOn", event.heldOn().toString())));
    }

    @EventHandler
    void on(ReviewClosed event, @SequenceNumber long sequenceNumber) {
        apply(event.reviewId(), sequenceNumber, Updates.set(STAGE, ReviewStage.CLOSED.name()),
                Updates.set(CLOSURE, new Document("reason", event.reason()).append("closedOn", event.closedOn().toString())));
    }

    @EventHandler
    void on(ReviewActionRaised event, @SequenceNumber long sequenceNumber) {
        apply(event.reviewId(), sequenceNumber, Updates.push(ACTIONS, new Document("actionId", event.actionId())
                .append("plan", event.plan().name()).append("title", event.title()).append("leadAgency", event.leadAgency())));
    }

    @ResetHandler
    void reset() {
        rebuilds.rebuildingFromStart(PROCESSING_GROUP);
        reviews.deleteMany(new Document());
    }

    /**
     * The case as this read model holds it: its actions as raised (no status; see {@link ReviewQueries})
     * and no money.
     */
    public Optional<ReviewView> caseOf(String reviewId) {
        return Optional.ofNullable(reviews.find(eq(ID, reviewId)).first())
                .map(document -> toView(document, BusinessCalendar.today(clock)));
    }

    @QueryHandler
    ReviewList handle(FindReviews query) {
        LocalDate today = BusinessCalendar.today(clock);
        List<ReviewList.Summary> found = new ArrayList<>();
        Bson filter = query.stage() == null ? new Document() : eq(STAGE, query.stage().name());
        for (Document document : reviews.find(filter).sort(Sorts.ascending(NOTIFIED_ON, ID))) {
            Clocks caseClocks = clocksOf(document, decision(document), pauses(document), today);
            if (query.overdueOnly() && caseClocks.decision().status() != ReviewView.ClockStatus.OVERDUE
                    && caseClocks.report().status() != ReviewView.ClockStatus.OVERDUE) {
                continue;
            }
            found.add(new ReviewList.Summary(document.getString(ID), document.getString(CASE_REFERENCE),
                    document.getString(PSEUDONYM), date(document, NOTIFIED_ON), ReviewStage.valueOf(document.getString(STAGE)),
                    document.getBoolean(PAUSED), caseClocks.decision(), caseClocks.report()));
        }
        return new ReviewList(found);
    }

    /** The version of the review the view holds; 0 when it holds none. */
    public long versionOf(String reviewId) {
        return appliedVersions.storedVersion(reviewId);
    }

    private void apply(String reviewId, long sequenceNumber, Bson... changes) {
        long version = AggregateVersions.fromSequenceNumber(sequenceNumber);
        if (!appliedVersions.claim(reviewId, version)) {
            return; // delivered again (a retried batch, or a replay over the existing view)
        }
        List<Bson> updates = new ArrayList<>(List.of(changes));
        updates.add(Updates.set(VERSION, version));
        writes.write(new UpdateOneModel<>(eq(ID, reviewId), Updates.combine(updates)));
    }

    private ReviewView toView(Document document, LocalDate today) {
        String reviewId = document.getString(ID);
        ReviewView.Decision decision = decision(document);
        List<ReviewView.Pause> pauses = pauses(document);
        List<ReviewView.QualityAssurance> qualityAssurance = qualityAssurance(document);
        Document publication = document.get(PUBLICATION, Document.class);
        Document closure = document.get(CLOSURE, Document.class);
        Clocks caseClocks = clocksOf(document, decision, pauses, today);
        return new ReviewView(reviewId, document.getString(CASE_REFERENCE), document.getString(PSEUDONYM),
                date(document, DATE_OF_DEATH), date(document, NOTIFIED_ON), document.getString(NOTIFYING_AGENCY),
                document.getString(AREA), ReviewStage.valueOf(document.getString(STAGE)), document.getBoolean(PAUSED), decision,
                caseClocks.decision(), caseClocks.report(),
                document.getString(CHAIR_NAME),
                document.getList(PANEL, Document.class).stream().map(member -> new ReviewView.PanelMember(member.getString("name"),
                        member.getString("role"), member.getString("agency"))).toList(),
                pauses, qualityAssurance,
                publication == null ? null : new ReviewView.Publication(date(publication, "publishedOn"), publication.getString("link")),
                document.getList(LEARNING_EVENTS, Document.class).stream().map(event -> new ReviewView.LearningEvent(
                        event.getString("description"), date(event, "heldOn"))).toList(),
                closure == null ? null : new ReviewView.Closure(closure.getString("reason"), date(closure, "closedOn")),
                actions(document), List.of(), Pence.format(0), Pence.format(0), document.getLong(VERSION));
    }

    private static List<ReviewView.Action> actions(Document document) {
        return document.getList(ACTIONS, Document.class).stream()
                .map(action -> new ReviewView.Action(action.getString("actionId"), ActionPlan.valueOf(action.getString("plan")),
                        action.getString("title"), action.getString("leadAgency"), null, null, null))
                .toList();
    }

    private record Clocks(ReviewView.StatutoryClock decision, ReviewView.StatutoryClock report) {
    }

    private Clocks clocksOf(Document document, ReviewView.Decision decision, List<ReviewView.Pause> pauses, LocalDate today) {
        return new Clocks(clocks.decision(date(document, NOTIFIED_ON), decision == null ? null : decision.decidedOn(), pauses, today),
                clocks.report(decision, firstSubmission(document), pauses, today));
    }

    private static ReviewView.Decision decision(Document document) {
        Document decision = document.get(DECISION, Document.class);
        return decision == null ? null : new ReviewView.Decision(decision.getBoolean("holdReview"), decision.getString("rationale"),
                date(decision, "decidedOn"));
    }

    private static List<ReviewView.Pause> pauses(Document document) {
        List<Document> pauses = document.getList(PAUSES, Document.class);
        List<String> resumptions = document.getList(RESUMPTIONS, String.class);
        List<ReviewView.Pause> paired = new ArrayList<>();
        for (int i = 0; i < pauses.size(); i++) {
            paired.add(new ReviewView.Pause(pauses.get(i).getString("reason"), date(pauses.get(i), "pausedOn"),
                    i < resumptions.size() ? LocalDate.parse(resumptions.get(i)) : null));
        }
        return paired;
    }

    private static List<ReviewView.QualityAssurance> qualityAssurance(Document document) {
        List<String> submissions = document.getList(SUBMISSIONS, String.class);
        List<Document> outcomes = document.getList(OUTCOMES, Document.class);
        List<ReviewView.QualityAssurance> paired = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            Document outcome = i < outcomes.size() ? outcomes.get(i) : null;
            paired.add(new ReviewView.QualityAssurance(LocalDate.parse(submissions.get(i)),
                    outcome == null ? null : QualityAssuranceOutcome.valueOf(outcome.getString("outcome")),
                    outcome == null ? null : outcome.getString("notes"), outcome == null ? null : date(outcome, "receivedOn")));
        }
        return paired;
    }

    private static LocalDate firstSubmission(Document document) {
        List<String> submissions = document.getList(SUBMISSIONS, String.class);
        return submissions.isEmpty() ? null : LocalDate.parse(submissions.get(0));
    }

    private static LocalDate date(Document document, String field) {
        String text = document.getString(field);
        return text == null ? null : LocalDate.parse(text);
    }
}
