package org.saferboard.command.action;

import org.saferboard.command.CaseRefusal;

/** A command the Action aggregate refuses because of the action's state. */
public abstract class ActionRefusal extends CaseRefusal {

    protected ActionRefusal(String code, String message) {
        super(code, message);
    }
}
