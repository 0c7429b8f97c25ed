package org.saferboard.api.action;

import java.util.List;

public record ActionLogPage(List<ActionSummary> actions, int page, int size, long totalActions) {
}
