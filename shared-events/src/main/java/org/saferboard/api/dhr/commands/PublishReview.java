package org.saferboard.api.dhr.commands;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.saferboard.api.rules.CaseId;
import org.saferboard.api.rules.FieldRules;

/** The approved report is published. */
public record PublishReview(
        @TargetAggregateIdentifier @CaseId String reviewId,
        LocalDate publishedOn,
        @NotBlank @Size(max = FieldRules.TEXT) @Pattern(regexp = "https?://\\S+", message = "must be a web address starting http:// or https://") String link,
        @PositiveOrZero Long expectedVersion) {
}
