package org.saferboard.command.performance;

import static org.saferboard.command.RefusalReason.Details.conflict;
import static org.saferboard.command.RefusalReason.Details.unknownReference;

import org.saferboard.command.RefusalReason;

/** Why the Outcome aggregate (an outcome of the performance dashboard) refuses a command. */
public enum OutcomeRefused implements RefusalReason {

    OUTCOME_ID_ALREADY_USED(conflict("outcome-id-already-used", "the outcomeId was defined already with other details")),
    INDICATOR_EXISTS(conflict("indicator-exists", "the outcome has an indicator with that id already, defined otherwise")),
    FIGURE_RECORDED(conflict("figure-recorded", "the indicator has a figure for that area and quarter already; revise it with a reason")),
    FIGURE_UNCHANGED(conflict("figure-unchanged", "the revision gives the figure, note and comparison it already has")),
    UNKNOWN_INDICATOR(unknownReference("unknown-indicator", "the outcome has no indicator with that id")),
    AREA_NOT_REPORTED(unknownReference("area-not-reported", "the indicator is not reported for that area")),
    NO_FIGURE_TO_REVISE(unknownReference("no-figure-to-revise", "no figure was recorded for that area and quarter")),
    NOT_A_MEETING_OF_THIS_BOARD(unknownReference("not-a-meeting-of-this-board", "the meeting named is another board's")),
    MEETING_CANCELLED(unknownReference("meeting-cancelled", "the meeting named was cancelled")),
    UNKNOWN_MINUTE(unknownReference("unknown-minute", "the minute number is not on the meeting's agenda"));

    private final Details details;

    OutcomeRefused(Details details) {
        this.details = details;
    }

    @Override
    public Details details() {
        return details;
    }
}
