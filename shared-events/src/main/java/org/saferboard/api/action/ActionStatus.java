package org.saferboard.api.action;

public enum ActionStatus {
    OPEN,
    COMPLETED,
    CANCELLED
}
