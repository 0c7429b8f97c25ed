package org.saferboard.api.action.events;

import java.time.Instant;

/**
 * Every event of an action. Each says what it does to the action's state, so that a new event cannot
 * be folded by anyone (the aggregate, a read model, an as-at read) without saying so: the compiler
 * asks every class that implements it for {@link #applyTo}. (Not sealed: a list of permitted classes
 * would be one more file for every new event to touch, and checks nothing applyTo does not.)
 */
public interface ActionEvent {

    String actionId();

    /** When it happened, as the event records it (not when it was stored). */
    Instant occurredAt();

    /**
     * @param before the action's state before this event; null before it was raised
     * @return its state after
     */
    ActionState applyTo(ActionState before);
}
