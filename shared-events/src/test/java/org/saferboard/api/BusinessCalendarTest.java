package org.saferboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    @Test
    void dayEndsAtTheLastMillisecondBeforeMidnightInLondon() {
        assertThat(BusinessCalendar.endOfDay(LocalDate.of(2015, 6, 18))).as("summer time").isEqualTo(Instant.parse("2015-06-18T22:59:59.999Z"));
        assertThat(BusinessCalendar.endOfDay(LocalDate.of(2015, 3, 19))).isEqualTo(Instant.parse("2015-03-19T23:59:59.999Z"));
    }
}
