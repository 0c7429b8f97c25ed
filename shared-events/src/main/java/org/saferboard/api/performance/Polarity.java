package org.saferboard.api.performance;

/** Which way an indicator's figures should move: what makes a rise good, bad, or only context. */
public enum Polarity {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER,
    /** Shown for context (for example referrals, where more may mean better reporting): no movement is judged. */
    CONTEXT_ONLY
}
