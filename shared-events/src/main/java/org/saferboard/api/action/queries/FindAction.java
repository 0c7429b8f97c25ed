package org.saferboard.api.action.queries;

public record FindAction(String actionId) {
}
