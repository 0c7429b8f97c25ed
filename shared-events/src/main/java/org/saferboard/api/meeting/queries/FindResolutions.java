package org.saferboard.api.meeting.queries;

import java.time.LocalDate;
import org.saferboard.api.meeting.ResolutionOutcome;

/**
 * The resolutions register: resolutions across meetings, earliest first. Every filter may be null;
 * the text is matched, ignoring case, against the item's title and the resolution's parts.
 */
public record FindResolutions(String boardId, LocalDate from, LocalDate to, ResolutionOutcome outcome, String text) {
}
