package org.saferboard.api.dhr.events;

import java.time.Instant;
import org.saferboard.api.dhr.ActionPlan;

/** An action of the review's action plan, raised in the action log under actionId. */
public record ReviewActionRaised(
        String reviewId,
        String actionId,
        ActionPlan plan,
        String title,
        String leadAgency,
        Instant recordedAt) implements ReviewEvent {
}
