package org.saferboard.api.dhr.views;

import java.time.LocalDate;
import java.util.List;

/**
 * A financial year's contributions per partner, amounts in pounds as decimal text: agreed, drawn
 * down (called in), received, outstanding (called in, not yet paid) and not yet drawn down; the
 * totals are the sums of the lines.
 */
public record ContributionLedger(
        String fundId,
        String financialYear,
        LocalDate agreedOn,
        String resolutionReference,
        boolean yearClosed,
        List<Line> partners,
        Line totals) {

    public record Line(String partner, String agreed, String drawnDown, String received, String outstanding,
                       String notYetDrawnDown) {
    }
}
