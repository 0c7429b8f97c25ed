package org.saferboard.api.action;

import java.time.Instant;

public record ActionCancelled(String actionId, String reason, Instant cancelledAt) {
}
