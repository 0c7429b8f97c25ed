package org.saferboard.api.dhr;

/** An event of a Domestic Homicide Review case. */
public interface ReviewEvent {
    String reviewId();
}
