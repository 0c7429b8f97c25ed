package org.saferboard.api.dhr.views;

import java.time.LocalDate;
import java.util.List;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.dhr.ActionPlan;
import org.saferboard.api.dhr.AllocationPurpose;
import org.saferboard.api.dhr.QualityAssuranceOutcome;
import org.saferboard.api.dhr.ReviewStage;

/**
 * A review case as the coordinator sees it: where it stands, its statutory clocks (paused time not
 * counted), its panel, pauses, quality assurance, its action plans with each action's status, and
 * the money allocated to it and spent. The case is known only by its reference and pseudonym.
 */
public record ReviewView(
        String reviewId,
        String caseReference,
        String pseudonym,
        LocalDate dateOfDeath,
        LocalDate notifiedOn,
        String notifyingAgency,
        String area,
        ReviewStage stage,
        boolean paused,
        Decision decision,
        StatutoryClock decisionClock,
        StatutoryClock reportClock,
        String chairName,
        List<PanelMember> panel,
        List<Pause> pauses,
        List<QualityAssurance> qualityAssurance,
        Publication publication,
        List<LearningEvent> learningEvents,
        Closure closure,
        List<Action> actions,
        List<Funding> funding,
        String totalAllocated,
        String totalSpent,
        long version) {

    /** The same case with its actions and money as read from the action log and the fund ledgers. */
    public ReviewView withActionsAndFunding(List<Action> actions, List<Funding> funding, String totalAllocated,
                                            String totalSpent) {
        return new ReviewView(reviewId, caseReference, pseudonym, dateOfDeath, notifiedOn, notifyingAgency, area, stage, paused,
                decision, decisionClock, reportClock, chairName, panel, pauses, qualityAssurance, publication, learningEvents,
                closure, actions, funding, totalAllocated, totalSpent, version);
    }

    public enum ClockStatus {
        /** running, not yet due */
        RUNNING,
        /** not met and past its due date today */
        OVERDUE,
        MET,
        MET_LATE,
        /** no such step for this case (no review held, so no report) */
        NOT_APPLICABLE
    }

    /** A statutory clock: due date moved on by the days paused while it ran, and whether it was met. */
    public record StatutoryClock(ClockStatus status, LocalDate dueOn, LocalDate metOn, long pausedDays) {
    }

    public record Decision(boolean holdReview, String rationale, LocalDate decidedOn) {
    }

    public record PanelMember(String name, String role, String agency) {
    }

    public record Pause(String reason, LocalDate pausedOn, LocalDate resumedOn) {
    }

    public record QualityAssurance(LocalDate submittedOn, QualityAssuranceOutcome outcome, String notes, LocalDate receivedOn) {
    }

    public record Publication(LocalDate publishedOn, String link) {
    }

    public record LearningEvent(String description, LocalDate heldOn) {
    }

    public record Closure(String reason, LocalDate closedOn) {
    }

    /**
     * An action of the case's plans; title, status and due date as the action log holds them (the title as
     * raised, and the rest null, before it has caught up).
     */
    public record Action(String actionId, ActionPlan plan, String title, String leadAgency, ActionStatus status,
                         LocalDate dueDate, Boolean overdue) {
    }

    public record Funding(String fundId, String allocationId, AllocationPurpose purpose, LocalDate allocatedOn, String description,
                          String resolutionReference, String allocated, String spent, String remaining) {
    }
}
