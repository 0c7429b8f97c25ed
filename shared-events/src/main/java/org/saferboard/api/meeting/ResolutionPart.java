package org.saferboard.api.meeting;

import jakarta.validation.constraints.Pattern;
import org.saferboard.api.rules.FieldRules;
import org.saferboard.api.rules.LongText;

/** One lettered part of a resolution, e.g. "b", "That the Board agreed to allocate funding towards the Prevent Officer Post."; the letter is null for a resolution in one part. */
public record ResolutionPart(@Pattern(regexp = FieldRules.LETTER_PATTERN, message = FieldRules.LETTER_MESSAGE) String letter,
                             @LongText String text) {
}
