package org.saferboard.web;

/** The signed-in person's roles do not reach this page or this change: shown as the "not allowed" page (403). */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
