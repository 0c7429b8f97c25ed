package org.saferboard.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are those of the board, in Europe/London; instants in events stay in UTC. */
public final class BusinessCalendar {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/London");

    private BusinessCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), BUSINESS_ZONE);
    }

    /** The last moment of the day in Europe/London, to the millisecond (the precision of the instants SaferBoard records). */
    public static Instant endOfDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay(BUSINESS_ZONE).toInstant().minusMillis(1);
    }
}
