package org.saferboard.api.meeting;

import java.time.LocalDate;

/**
 * The resolutions register: resolutions across meetings, earliest first. Every filter may be null;
 * the text is matched, ignoring case, against the item's title and the resolution's parts.
 */
public record FindResolutions(String boardId, LocalDate from, LocalDate to, ResolutionOutcome outcome, String text) {
}
