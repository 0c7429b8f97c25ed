package org.saferboard.api;

/**
 * A request or command with a field that cannot be accepted whatever the state of the case: the
 * APIs answer it with 400 and the field's name. Thrown at the HTTP edge and by aggregates alike.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
