package org.saferboard.api.dhr.events;

/** An event of a Domestic Homicide Review case. */
public interface ReviewEvent {
    String reviewId();
}
