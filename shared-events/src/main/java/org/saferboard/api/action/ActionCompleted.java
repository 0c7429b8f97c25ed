package org.saferboard.api.action;

import java.time.Instant;

public record ActionCompleted(String actionId, String outcome, String evidence, Instant completedAt) {
}
