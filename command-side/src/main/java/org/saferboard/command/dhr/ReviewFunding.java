package org.saferboard.command.dhr;

/** What the DHR fund asks of a review before it allocates money to it. */
public interface ReviewFunding {

    /** @throws org.saferboard.command.UnknownReference when there is no such review; a refusal when it is closed */
    void requireAcceptsFunding(String reviewId);
}
