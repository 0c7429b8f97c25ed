package org.saferboard.api.meeting;

import jakarta.validation.constraints.Positive;
import org.saferboard.api.rules.LongText;

/** A minute's new wording, as the confirming meeting quotes it ("so that it reads: ..."). */
public record MinuteAmendment(@Positive int minuteNumber, @LongText String amendedText) {
}
