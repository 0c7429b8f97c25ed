package org.saferboard.query.dhr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferboard.api.dhr.views.ReviewView;

class StatutoryClocksTest {

    private static final LocalDate NOTIFIED = LocalDate.of(2015, 6, 10);
    private static final StatutoryClocks CLOCKS = new StatutoryClocks(Period.ofMonths(1), Period.ofMonths(6));
    private static final ReviewView.Decision HELD = new ReviewView.Decision(true, "Meets the criteria", LocalDate.of(2015, 7, 1));

    @Test
    void decisionIsDueAMonthAfterNotification() {
        assertThat(CLOCKS.decision(NOTIFIED, null, List.of(), LocalDate.of(2015, 7, 10)))
                .isEqualTo(new ReviewView.StatutoryClock(ReviewView.ClockStatus.RUNNING, LocalDate.of(2015, 7, 10), null, 0));
        assertThat(CLOCKS.decision(NOTIFIED, null, List.of(), LocalDate.of(2015, 7, 11)).status())
                .isEqualTo(ReviewView.ClockStatus.OVERDUE);
        assertThat(CLOCKS.decision(NOTIFIED, LocalDate.of(2015, 7, 12), List.of(), LocalDate.of(2015, 9, 1)).status())
                .isEqualTo(ReviewView.ClockStatus.MET_LATE);
    }

    @Test
    void pausedDaysMoveTheDueDateOn() {
        List<ReviewView.Pause> trial = List.of(new ReviewView.Pause("Trial", LocalDate.of(2015, 8, 1), LocalDate.of(2015, 10, 1)));

        ReviewView.StatutoryClock report = CLOCKS.report(HELD, null, trial, LocalDate.of(2016, 2, 1));

        assertThat(report).isEqualTo(new ReviewView.StatutoryClock(ReviewView.ClockStatus.RUNNING, LocalDate.of(2016, 3, 2), null, 61));
    }

    @Test
    void aPauseStillOpenCountsUpToToday() {
        List<ReviewView.Pause> inquest = List.of(new ReviewView.Pause("Inquest", LocalDate.of(2015, 6, 20), null));

        ReviewView.StatutoryClock decision = CLOCKS.decision(NOTIFIED, null, inquest, LocalDate.of(2015, 8, 1));

        assertThat(decision).isEqualTo(new ReviewView.StatutoryClock(ReviewView.ClockStatus.RUNNING, LocalDate.of(2015, 8, 21), null, 42));
    }

    @Test
    void onlyPausedTimeWhileTheClockRanCounts() {
        List<ReviewView.Pause> beforeDecision = List.of(new ReviewView.Pause("Trial", LocalDate.of(2015, 6, 20),
                LocalDate.of(2015, 6, 30)));

        assertThat(CLOCKS.report(HELD, LocalDate.of(2015, 12, 1), beforeDecision, LocalDate.of(2016, 2, 1)))
                .isEqualTo(new ReviewView.StatutoryClock(ReviewView.ClockStatus.MET, LocalDate.of(2016, 1, 1), LocalDate.of(2015, 12, 1), 0));
        assertThat(CLOCKS.decision(NOTIFIED, LocalDate.of(2015, 7, 1), beforeDecision, LocalDate.of(2016, 2, 1)).pausedDays())
                .isEqualTo(10);
    }

    @Test
    void noReportIsDueWhenNoReviewIsHeld() {
        ReviewView.Decision notHeld = new ReviewView.Decision(false, "Criteria not met", LocalDate.of(2015, 7, 1));

        assertThat(CLOCKS.report(notHeld, null, List.of(), LocalDate.of(2016, 8, 1)).status())
                .isEqualTo(ReviewView.ClockStatus.NOT_APPLICABLE);
        assertThat(CLOCKS.report(null, null, List.of(), LocalDate.of(2016, 8, 1)).status())
                .isEqualTo(ReviewView.ClockStatus.NOT_APPLICABLE);
    }

    @Test
    void periodsAreConfigurable() {
        StatutoryClocks longer = new StatutoryClocks(Period.ofMonths(2), Period.ofMonths(12));

        assertThat(longer.decision(NOTIFIED, null, List.of(), NOTIFIED).dueOn()).isEqualTo(LocalDate.of(2015, 8, 10));
        assertThat(longer.report(HELD, null, List.of(), NOTIFIED).dueOn()).isEqualTo(LocalDate.of(2016, 7, 1));
    }
}
