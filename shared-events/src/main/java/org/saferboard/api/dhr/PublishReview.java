package org.saferboard.api.dhr;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The approved report is published. */
public record PublishReview(
        @TargetAggregateIdentifier String reviewId,
        LocalDate publishedOn,
        String link,
        Long expectedVersion) {
}
