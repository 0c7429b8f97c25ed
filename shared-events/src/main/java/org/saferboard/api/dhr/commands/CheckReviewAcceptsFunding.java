package org.saferboard.api.dhr.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asked by the DHR fund before it allocates money to a review: refused when the review is unknown or closed. */
public record CheckReviewAcceptsFunding(
        @TargetAggregateIdentifier String reviewId) {
}
