package org.saferboard.api.action.commands;

/**
 * What raising an action from a meeting or a review answers: the action's version and the version of
 * the case it came from, which records the action too (its view lists the case's actions).
 */
public record ActionRaisedFromCase(
        long actionVersion,
        long sourceVersion) {
}
