package org.saferboard.web.dhr;

import static org.saferboard.web.FormField.date;
import static org.saferboard.web.FormField.radios;
import static org.saferboard.web.FormField.text;
import static org.saferboard.web.FormField.textarea;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.saferboard.api.action.commands.ActionRaisedFromCase;
import org.saferboard.api.dhr.ActionPlan;
import org.saferboard.api.dhr.QualityAssuranceOutcome;
import org.saferboard.api.dhr.commands.AppointReviewChair;
import org.saferboard.api.dhr.commands.CloseReview;
import org.saferboard.api.dhr.commands.DecideReview;
import org.saferboard.api.dhr.commands.PauseReview;
import org.saferboard.api.dhr.commands.PublishReview;
import org.saferboard.api.dhr.commands.RaiseReviewAction;
import org.saferboard.api.dhr.commands.RecordLearningEvent;
import org.saferboard.api.dhr.commands.RecordPanelMember;
import org.saferboard.api.dhr.commands.RecordQualityAssuranceOutcome;
import org.saferboard.api.dhr.commands.ResumeReview;
import org.saferboard.api.dhr.commands.SubmitToQualityAssurance;
import org.saferboard.api.dhr.views.ReviewView;
import org.saferboard.web.CommandForm;
import org.saferboard.web.Form;
import org.saferboard.web.FormField;

/**
 * The DHR coordinator's forms on a review, each sending one review command: its address under the review's page,
 * the API endpoint whose access rule decides who is offered it, its fields and the command. Dates left empty are
 * today's, as in the API. The review itself refuses what its stage does not allow, and the form says why.
 */
enum ReviewChange {

    DECISION("decision", "POST", "decision", "Record the decision", "Record the decision") {
        @Override
        List<FormField> fields() {
            return List.of(radios("holdReview", "Will a review be held?", null, List.of(new FormField.Option("true", "Yes, hold a review"),
                            new FormField.Option("false", "No review"))),
                    textarea("rationale", "Rationale", "Why the board decided so"), date("decidedOn", "Decided on (optional)", TODAY));
        }

        @Override
        Object command(String reviewId, Form form) {
            String hold = form.text("holdReview");
            if (hold == null) {
                form.reject("holdReview", "Choose whether a review will be held");
            }
            return new DecideReview(reviewId, hold == null ? null : Boolean.valueOf(hold), form.text("rationale"), form.date("decidedOn"),
                    form.expectedVersion());
        }
    },
    CHAIR("chair", "PUT", "chair", "Appoint the review's chair", "Appoint") {
        @Override
        List<FormField> fields() {
            return List.of(text("chairName", "Independent chair", null), date("appointedOn", "Appointed on (optional)", TODAY));
        }

        @Override
        Object command(String reviewId, Form form) {
            return new AppointReviewChair(reviewId, form.text("chairName"), form.date("appointedOn"), form.expectedVersion());
        }
    },
    PANEL_MEMBER("panel-member", "POST", "panel-members", "Add a panel member", "Add to the panel") {
        @Override
        List<FormField> fields() {
            return List.of(text("name", "Name", null), text("role", "Role", "For example, Detective Inspector"), text("agency", "Agency", null));
        }

        @Override
        Object command(String reviewId, Form form) {
            return new RecordPanelMember(reviewId, form.text("name"), form.text("role"), form.text("agency"), form.expectedVersion());
        }
    },
    PAUSE("pause", "POST", "pause", "Pause the review", "Pause") {
        @Override
        List<FormField> fields() {
            return List.of(textarea("reason", "Why it is paused", "For example, awaiting the criminal trial; the statutory clocks stop"),
                    date("pausedOn", "Paused on (optional)", TODAY));
        }

        @Override
        Object command(String reviewId, Form form) {
            return new PauseReview(reviewId, form.text("reason"), form.date("pausedOn"), form.expectedVersion());
        }
    },
    RESUME("resume", "POST", "resume", "Resume the review", "Resume") {
        @Override
        List<FormField> fields() {
            return List.of(date("resumedOn", "Resumed on (optional)", TODAY));
        }

        @Override
        Object command(String reviewId, Form form) {
            return new ResumeReview(reviewId, form.date("resumedOn"), form.expectedVersion());
        }
    },
    QA_SUBMISSION("quality-assurance-submission", "POST", "quality-assurance/submission", "Submit for quality assurance", "Submit") {
        @Override
        List<FormField> fields() {
            return List.of(date("submittedOn", "Submitted on (optional)", TODAY));
        }

        @Override
        Object command(String reviewId, Form form) {
            return new SubmitToQualityAssurance(reviewId, form.date("submittedOn"), form.expectedVersion());
        }
    },
    QA_OUTCOME("quality-assurance-outcome", "POST", "quality-assurance/outcome", "Record the quality assurance outcome", "Record") {
        @Override
        List<FormField> fields() {
            return List.of(radios("outcome", "Outcome", null, List.of(
                            new FormField.Option(QualityAssuranceOutcome.APPROVED.name(), "Approved"),
                            new FormField.Option(QualityAssuranceOutcome.REVISIONS_REQUESTED.name(), "Revisions requested"))),
                    textarea("notes", "Notes (optional)", null), date("receivedOn", "Received on (optional)", TODAY));
        }

        @Override
        Object command(String reviewId, Form form) {
            return new RecordQualityAssuranceOutcome(reviewId, form.choice("outcome", QualityAssuranceOutcome.class), form.text("notes"),
                    form.date("receivedOn"), form.expectedVersion());
        }
    },
    PUBLICATION("publication", "POST", "publication", "Record publication", "Record publication") {
        @Override
        List<FormField> fields() {
            return List.of(text("link", "Web address of the published report", "Starting https://"),
                    date("publishedOn", "Published on (optional)", TODAY));
        }

        @Override
        Object command(String reviewId, Form form) {
            return new PublishReview(reviewId, form.date("publishedOn"), form.text("link"), form.expectedVersion());
        }
    },
    LEARNING_EVENT("learning-event", "POST", "learning-events", "Record a learning event", "Record") {
        @Override
        List<FormField> fields() {
            return List.of(textarea("description", "What was held", null), date("heldOn", "Held on (optional)", TODAY));
        }

        @Override
        Object command(String reviewId, Form form) {
            return new RecordLearningEvent(reviewId, form.text("description"), form.date("heldOn"), form.expectedVersion());
        }
    },
    CLOSE("close", "POST", "close", "Close the review", "Close the review") {
        @Override
        List<FormField> fields() {
            return List.of(textarea("reason", "Why it is closed", null), date("closedOn", "Closed on (optional)", TODAY));
        }

        @Override
        Object command(String reviewId, Form form) {
            return new CloseReview(reviewId, form.text("reason"), form.date("closedOn"), form.expectedVersion());
        }
    },
    ACTION("action", "POST", "actions", "Add an action to the action plan", "Add the action") {
        @Override
        List<FormField> fields() {
            return List.of(radios("plan", "Action plan", null, List.of(
                            new FormField.Option(ActionPlan.SINGLE_AGENCY.name(), "Single-agency"),
                            new FormField.Option(ActionPlan.MULTI_AGENCY.name(), "Multi-agency"))),
                    text("title", "Title", "What is to be done"), textarea("description", "Description (optional)", null),
                    text("ownerName", "Owner", null), text("leadAgency", "Lead agency", null), date("dueDate", "Due date", null));
        }

        @Override
        Object command(String reviewId, Form form) {
            String actionId = Optional.ofNullable(form.text("newId")).orElseGet(() -> UUID.randomUUID().toString());
            return new RaiseReviewAction(reviewId, actionId, form.choice("plan", ActionPlan.class), form.text("title"),
                    form.text("description"), form.text("ownerName"), form.text("leadAgency"), form.date("dueDate"));
        }

        @Override
        long newReviewVersion(Object answer) {
            return ((ActionRaisedFromCase) answer).sourceVersion();
        }
    };

    private static final String TODAY = "Leave empty for today. For example, 27 3 2027";

    private final String path;
    private final String apiMethod;
    private final String apiPath;
    private final String heading;
    private final String button;

    ReviewChange(String path, String apiMethod, String apiPath, String heading, String button) {
        this.path = path;
        this.apiMethod = apiMethod;
        this.apiPath = apiPath;
        this.heading = heading;
        this.button = button;
    }

    abstract List<FormField> fields();

    abstract Object command(String reviewId, Form form);

    /** The review's version after the command, from its answer. */
    long newReviewVersion(Object answer) {
        return (Long) answer;
    }

    static Optional<ReviewChange> atPath(String path) {
        return Arrays.stream(values()).filter(change -> change.path.equals(path)).findFirst();
    }

    String apiMethod() {
        return apiMethod;
    }

    String apiPath(String reviewId) {
        return "/api/reviews/" + reviewId + "/" + apiPath;
    }

    public String path() {
        return path;
    }

    public String heading() {
        return heading;
    }

    /** Whether the review's page offers it now (the review refuses anything else its stage does not allow). */
    boolean offeredFor(ReviewView review) {
        return switch (this) {
            case PAUSE -> !review.paused();
            case RESUME -> review.paused();
            case CHAIR -> review.chairName() == null;
            default -> true;
        };
    }

    CommandForm page(ReviewView review) {
        String reviewPage = "/reviews/" + review.reviewId();
        return new CommandForm("Review of the death of " + review.pseudonym() + " (" + review.caseReference() + ")", heading, button,
                reviewPage + "/" + path, reviewPage, fields());
    }
}
