package org.saferboard.api.meeting;

/** A minute's new wording, as the confirming meeting quotes it ("so that it reads: ..."). */
public record MinuteAmendment(int minuteNumber, String amendedText) {
}
