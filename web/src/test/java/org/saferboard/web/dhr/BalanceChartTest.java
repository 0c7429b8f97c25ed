package org.saferboard.web.dhr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferboard.api.dhr.views.DHRFundLedger;

class BalanceChartTest {

    @Test
    void theAxisEndsAtARoundFigureAtLeastTheHighestAmount() {
        assertThat(BalanceChart.niceCeiling(new BigDecimal("6600.00"))).isEqualByComparingTo("10000");
        assertThat(BalanceChart.niceCeiling(new BigDecimal("66000.00"))).isEqualByComparingTo("100000");
        assertThat(BalanceChart.niceCeiling(new BigDecimal("1800"))).isEqualByComparingTo("2000");
        assertThat(BalanceChart.niceCeiling(new BigDecimal("2400"))).isEqualByComparingTo("2500");
        assertThat(BalanceChart.niceCeiling(new BigDecimal("4000"))).isEqualByComparingTo("5000");
    }

    @Test
    void eachBalanceIsAStepLineFromTheFirstMovementToTheRightEdge() {
        DHRFundLedger ledger = new DHRFundLedger("fund", "Fund", null, null, List.of(
                movement(LocalDate.of(2015, 6, 1), "10000.00", "0.00", "10000.00"),
                movement(LocalDate.of(2015, 7, 1), "10000.00", "5000.00", "5000.00")), null, "10000.00", "0.00", List.of());
        BalanceChart chart = BalanceChart.of(ledger);
        assertThat(chart.lines()).extracting(BalanceChart.Line::name).containsExactly("Balance held", "Committed", "Available");
        // the plot runs from x 90 to 700 and from y 20 (£10,000) to 250 (£0)
        assertThat(chart.lines().get(1).points()).isEqualTo("90.0,250.0 700.0,250.0 700.0,135.0 700.0,135.0");
        assertThat(chart.lines().get(0).points()).isEqualTo("90.0,20.0 700.0,20.0 700.0,20.0 700.0,20.0");
        assertThat(chart.summary()).contains("available £5000.00");
        assertThat(BalanceChart.of(new DHRFundLedger("fund", "Fund", null, null, List.of(), null, "0", "0", List.of()))).isNull();
    }

    private static DHRFundLedger.Movement movement(LocalDate date, String balance, String committed, String available) {
        return new DHRFundLedger.Movement(date, "2015-16", DHRFundLedger.Kind.CONTRIBUTION_RECEIVED, "movement", null, null, null,
                null, null, null, new DHRFundLedger.Balances(balance, committed, available));
    }
}
