package org.saferboard.api.action.queries;

/** A page of an action's history, oldest first: page 0 holds versions 1 to size. */
public record FindActionHistory(String actionId, int page, int size) {
}
