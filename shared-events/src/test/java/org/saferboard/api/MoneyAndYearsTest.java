package org.saferboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MoneyAndYearsTest {

    @Test
    void poundsAreReadAsExactPence() {
        assertThat(Pence.parse("3000.00", "amount")).isEqualTo(300_000L);
        assertThat(Pence.parse("2500", "amount")).isEqualTo(250_000L);
        assertThat(Pence.parse("0.1", "amount")).isEqualTo(10L);
        assertThat(Pence.parse("9999999999.99", "amount")).isEqualTo(999_999_999_999L);
    }

    @Test
    void anythingButPlainPoundsAndPenceIsRefusedNamingTheField() {
        for (String bad : new String[] {"3000.001", "-5.00", "£30", "30,000.00", "3e3", "", " 1.00", "12345678901"}) {
            assertThatThrownBy(() -> Pence.parse(bad, "contributions[2].amount"))
                    .as(bad)
                    .isInstanceOf(InvalidFieldException.class)
                    .extracting(error -> ((InvalidFieldException) error).field()).isEqualTo("contributions[2].amount");
        }
        assertThatThrownBy(() -> Pence.parse(null, "amount")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void penceAreShownAsPoundsWithTwoPlaces() {
        assertThat(Pence.format(300_000L)).isEqualTo("3000.00");
        assertThat(Pence.format(5L)).isEqualTo("0.05");
        assertThat(Pence.format(-1_250L)).isEqualTo("-12.50");
        assertThat(Pence.format(0L)).isEqualTo("0.00");
    }

    @Test
    void financialYearsRunFromAprilToMarch() {
        assertThat(BusinessYear.FINANCIAL.containing(LocalDate.of(2016, 3, 31))).isEqualTo("2015-16");
        assertThat(BusinessYear.FINANCIAL.containing(LocalDate.of(2016, 4, 1))).isEqualTo("2016-17");
        assertThat(BusinessYear.FINANCIAL.containing(LocalDate.of(1999, 12, 1))).isEqualTo("1999-00");
        assertThat(BusinessYear.FINANCIAL.firstDay("2015-16")).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(BusinessYear.FINANCIAL.lastDay("2015-16")).isEqualTo(LocalDate.of(2016, 3, 31));
        assertThat(BusinessYear.FINANCIAL.following("2015-16")).isEqualTo("2016-17");
        assertThat(BusinessYear.FINANCIAL.preceding("2000-01")).isEqualTo("1999-00");
    }

    @Test
    void municipalYearsRunFromMayToApril() {
        assertThat(BusinessYear.MUNICIPAL.containing(LocalDate.of(2015, 4, 30))).isEqualTo("2014-15");
        assertThat(BusinessYear.MUNICIPAL.containing(LocalDate.of(2015, 5, 1))).isEqualTo("2015-16");
    }

    @Test
    void onlyYearsWrittenAs2015Dash16AreLabels() {
        assertThat(BusinessYear.isLabel("2015-16")).isTrue();
        assertThat(BusinessYear.isLabel("1999-00")).isTrue();
        assertThat(BusinessYear.isLabel("2015-17")).isFalse();
        assertThat(BusinessYear.isLabel("2015/16")).isFalse();
        assertThat(BusinessYear.isLabel("15-16")).isFalse();
        assertThat(BusinessYear.isLabel(null)).isFalse();
    }
}
