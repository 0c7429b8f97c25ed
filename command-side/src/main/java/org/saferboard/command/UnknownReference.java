package org.saferboard.command;

/** A command that names something its case does not have, e.g. a minute number not on the meeting's agenda. */
public class UnknownReference extends CaseRefusal {

    public UnknownReference(String code, String message) {
        super(code, message);
    }
}
