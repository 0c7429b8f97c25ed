package org.saferboard.api.dhr.queries;

/** One review case with its stage, clocks, panel, actions and money. */
public record FindReview(String reviewId) {
}
