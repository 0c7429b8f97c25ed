package org.saferboard.infrastructure.web;

/** One rejected field of a request, named as the client sent it. */
public record FieldError(String field, String message) {
}
