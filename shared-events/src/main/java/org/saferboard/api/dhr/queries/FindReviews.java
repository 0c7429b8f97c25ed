package org.saferboard.api.dhr.queries;

import org.saferboard.api.dhr.ReviewStage;

/** The review cases, oldest notification first; stage null for every stage, overdueOnly for those with a clock overdue today. */
public record FindReviews(ReviewStage stage, boolean overdueOnly) {
}
