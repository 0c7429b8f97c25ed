package org.saferboard.api.action;

public record FindAction(String actionId) {
}
