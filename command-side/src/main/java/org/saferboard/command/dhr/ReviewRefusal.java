package org.saferboard.command.dhr;

import org.saferboard.command.CaseRefusal;

/** A command the Review aggregate refuses because of the case's stage. */
public class ReviewRefusal extends CaseRefusal {

    ReviewRefusal(String code, String message) {
        super(code, message);
    }

    static ReviewRefusal closed(String reviewId) {
        return new ReviewRefusal("review-closed", "Review " + reviewId + " is closed; nothing more can be recorded for it.");
    }
}
