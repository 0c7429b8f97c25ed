package org.saferboard.api.performance;

import java.math.BigDecimal;

/** Whether an indicator's latest figure meets its target, by its polarity (a lower-is-better target is met at or below it). */
public enum TargetProgress {
    MET,
    NOT_MET,
    /** The indicator has no target, or is context only. */
    NO_TARGET;

    public static TargetProgress of(BigDecimal latest, BigDecimal target, Polarity polarity) {
        if (target == null || latest == null || polarity == Polarity.CONTEXT_ONLY) {
            return NO_TARGET;
        }
        int comparison = latest.compareTo(target);
        boolean met = polarity == Polarity.LOWER_IS_BETTER ? comparison <= 0 : comparison >= 0;
        return met ? MET : NOT_MET;
    }
}
