package org.saferboard.api.dhr.views;

import java.time.LocalDate;
import java.util.List;
import org.saferboard.api.dhr.ReviewStage;

/** Review cases with where each stands and its clocks. */
public record ReviewList(List<Summary> reviews) {

    public record Summary(String reviewId, String caseReference, String pseudonym, LocalDate notifiedOn, ReviewStage stage,
                          boolean paused, ReviewView.StatutoryClock decisionClock, ReviewView.StatutoryClock reportClock) {
    }
}
