package org.saferboard.query.dhr;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.saferboard.api.dhr.views.ReviewView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The statutory clocks of a review: the decision is due a period after the notification (one
 * month by default), the report (its submission to quality assurance) a period after a decision to
 * hold a review (six months by default). Days the case was paused while a clock ran move its due
 * date on by as many days. Worked out when read, so a change of the periods applies to every case.
 */
@Component
public class StatutoryClocks {

    private final Period decisionPeriod;
    private final Period reportPeriod;

    public StatutoryClocks(@Value("${saferboard.dhr.decision-period:P1M}") Period decisionPeriod,
                           @Value("${saferboard.dhr.report-period:P6M}") Period reportPeriod) {
        this.decisionPeriod = decisionPeriod;
        this.reportPeriod = reportPeriod;
    }

    ReviewView.StatutoryClock decision(LocalDate notifiedOn, LocalDate decidedOn, List<ReviewView.Pause> pauses, LocalDate today) {
        return clock(notifiedOn, decisionPeriod, decidedOn, pauses, today);
    }

    /** @param decision null before the decision; a clock NOT_APPLICABLE when no review is held */
    ReviewView.StatutoryClock report(ReviewView.Decision decision, LocalDate submittedOn, List<ReviewView.Pause> pauses, LocalDate today) {
        if (decision == null || !decision.holdReview()) {
            return new ReviewView.StatutoryClock(ReviewView.ClockStatus.NOT_APPLICABLE, null, null, 0);
        }
        return clock(decision.decidedOn(), reportPeriod, submittedOn, pauses, today);
    }

    private static ReviewView.StatutoryClock clock(LocalDate start, Period period, LocalDate metOn, List<ReviewView.Pause> pauses,
                                          LocalDate today) {
        LocalDate runsUntil = metOn != null ? metOn : today;
        long pausedDays = 0;
        for (ReviewView.Pause pause : pauses) {
            LocalDate from = pause.pausedOn().isAfter(start) ? pause.pausedOn() : start;
            LocalDate to = pause.resumedOn() != null && pause.resumedOn().isBefore(runsUntil) ? pause.resumedOn() : runsUntil;
            if (from.isBefore(to)) {
                pausedDays += ChronoUnit.DAYS.between(from, to);
            }
        }
        LocalDate dueOn = start.plus(period).plusDays(pausedDays);
        ReviewView.ClockStatus status;
        if (metOn != null) {
            status = metOn.isAfter(dueOn) ? ReviewView.ClockStatus.MET_LATE : ReviewView.ClockStatus.MET;
        } else {
            status = today.isAfter(dueOn) ? ReviewView.ClockStatus.OVERDUE : ReviewView.ClockStatus.RUNNING;
        }
        return new ReviewView.StatutoryClock(status, dueOn, metOn, pausedDays);
    }
}
