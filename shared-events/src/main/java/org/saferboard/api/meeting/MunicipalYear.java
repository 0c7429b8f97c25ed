package org.saferboard.api.meeting;

import java.time.LocalDate;
import org.saferboard.api.BusinessYear;

/**
 * A board's municipal year runs from 1 May to 30 April and is written like a financial year, e.g.
 * {@code 2015-16}; minute numbers run continuously through it.
 */
public final class MunicipalYear {

    private MunicipalYear() {
    }

    public static String containing(LocalDate date) {
        return BusinessYear.MUNICIPAL.containing(date);
    }

    /** The minute book that numbers a board's items in a municipal year, e.g. {@code LSCSB 2015-16}. */
    public static String minuteBookId(String boardId, String municipalYear) {
        return boardId + " " + municipalYear;
    }
}
