package org.saferboard.api.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saferboard.api.InvalidFieldException;

class QuarterTest {

    @Test
    void quarterFourOfAFinancialYearIsJanuaryToMarch() {
        Quarter q4 = Quarter.parse("2014-15-Q4", "quarter");

        assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2015, 3, 31));
        assertThat(q4.yearBefore()).hasToString("2013-14-Q4");
        assertThat(q4.next()).hasToString("2015-16-Q1");
        assertThat(q4.words()).isEqualTo("2014-15 Q4");
    }

    @Test
    void dateIsInTheQuarterOfItsFinancialYear() {
        assertThat(Quarter.containing(LocalDate.of(2015, 6, 18))).hasToString("2015-16-Q1");
        assertThat(Quarter.containing(LocalDate.of(2015, 3, 31))).hasToString("2014-15-Q4");
        assertThat(Quarter.containing(LocalDate.of(2015, 10, 1))).hasToString("2015-16-Q3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014/15 Q4", "2014-15-Q5", "2014-16-Q1", "2014-15", "Q4 2014-15", ""})
    void anythingElseIsRefusedNamingTheField(String text) {
        assertThatThrownBy(() -> Quarter.parse(text, "quarter"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage(Quarter.FORMAT_MESSAGE);
    }

    @Test
    void quartersSortByTime() {
        assertThat(Quarter.parse("2013-14-Q4", "q")).isLessThan(Quarter.parse("2014-15-Q1", "q"));
    }
}
