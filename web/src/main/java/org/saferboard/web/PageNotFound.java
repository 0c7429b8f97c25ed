package org.saferboard.web;

/** The page names a case SaferBoard does not hold: shown as the "page not found" page (404). */
public class PageNotFound extends RuntimeException {

    public PageNotFound(String message) {
        super(message);
    }
}
