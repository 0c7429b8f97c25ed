package org.saferboard.api.action.views;

import java.time.Instant;
import java.util.Map;
import org.saferboard.api.action.events.ActionDueDateRevised;

/**
 * One recorded change of an action: the event's name (e.g. "ActionDueDateRevised"), the version it
 * produced, when it was recorded (UTC) and what it said.
 */
public record ActionHistoryEntry(long version, String change, Instant recordedAt, Map<String, String> details) {
}
