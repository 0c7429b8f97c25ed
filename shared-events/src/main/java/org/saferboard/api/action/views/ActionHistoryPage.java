package org.saferboard.api.action.views;

import java.util.List;

/** One page of an action's history, oldest first, and how many entries there are in all. */
public record ActionHistoryPage(String actionId, int page, int size, long total, List<ActionHistoryEntry> entries) {
}
