package org.saferboard.infrastructure.web;

/** A request the edge rejects before any command or query is sent: answered 400, naming the field. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
