package org.saferboard.api.action.views;

import java.util.List;

public record ActionLogPage(List<ActionSummary> actions, int page, int size, long totalActions) {
}
