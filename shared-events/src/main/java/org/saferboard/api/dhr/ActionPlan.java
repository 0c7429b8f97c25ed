package org.saferboard.api.dhr;

/** Which of a review's action plans an action belongs to. */
public enum ActionPlan {
    SINGLE_AGENCY,
    MULTI_AGENCY
}
