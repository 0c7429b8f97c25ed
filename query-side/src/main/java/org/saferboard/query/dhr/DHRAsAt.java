package org.saferboard.query.dhr;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.saferboard.api.BusinessCalendar;
import org.saferboard.api.dhr.events.DHRFundEvent;
import org.saferboard.api.dhr.views.AllocationList;
import org.saferboard.api.dhr.views.ContributionLedger;
import org.saferboard.api.dhr.views.DHRFundLedger;
import org.saferboard.api.dhr.views.PartnerStatement;
import org.saferboard.api.dhr.views.ReviewView;
import org.saferboard.infrastructure.eventstore.CaseHistories;
import org.saferboard.query.ScratchReadModels;
import org.saferboard.query.action.ActionsAsAt;
import org.springframework.stereotype.Component;

/**
 * Reviews and the DHR fund's ledgers as they stood at a position of the event log. The ledgers are
 * the fund ledger's own functions of the fund's events, over those stored up to the position; a
 * review is the review view's own handlers over its events up to it, its clocks judged on the
 * instant's date, its actions and money as they stood then.
 */
@Component
public class DHRAsAt {

    private final CaseHistories histories;
    private final ScratchReadModels scratch;
    private final ActionsAsAt actions;
    private final StatutoryClocks clocks;
    private final DHRFundLedgerProjection fundLedger;

    public DHRAsAt(CaseHistories histories, ScratchReadModels scratch, ActionsAsAt actions, StatutoryClocks clocks,
                   DHRFundLedgerProjection fundLedger) {
        this.histories = histories;
        this.scratch = scratch;
        this.actions = actions;
        this.clocks = clocks;
        this.fundLedger = fundLedger;
    }

    public Optional<ContributionLedger> contributions(String fundId, String financialYear, long position) {
        return DHRFundLedgers.contributions(fundId, financialYear, fundEvents(fundId, position));
    }

    public Optional<DHRFundLedger> ledger(String fundId, String financialYear, long position) {
        return DHRFundLedgers.ledger(fundId, financialYear, fundEvents(fundId, position));
    }

    public Optional<AllocationList> allocations(String fundId, long position) {
        List<DHRFundEvent> events = fundEvents(fundId, position);
        return events.isEmpty() ? Optional.empty() : Optional.of(DHRFundLedgers.allocations(fundId, events));
    }

    public Optional<PartnerStatement> partnerStatement(String fundId, String partner, long position) {
        return DHRFundLedgers.partnerStatement(fundId, partner, fundEvents(fundId, position));
    }

    /** Empty when the death had not been notified by then. */
    public Optional<ReviewView> review(String reviewId, long position, Instant instant) {
        LocalDate on = LocalDate.ofInstant(instant, BusinessCalendar.BUSINESS_ZONE);
        Clock then = Clock.fixed(instant, BusinessCalendar.BUSINESS_ZONE);
        return scratch.replay(database -> new ReviewViewProjection(database, clocks, then, processingGroup -> { }),
                        histories.upTo(reviewId, position),
                        view -> view.caseOf(reviewId))
                .map(review -> {
                    Map<String, List<DHRFundEvent>> eventsByFund = new LinkedHashMap<>();
                    fundLedger.fundIds().forEach(fundId -> eventsByFund.put(fundId, fundEvents(fundId, position)));
                    return ReviewQueries.withActionsAndFunding(review,
                            actions.summaries(review.actions().stream().map(ReviewView.Action::actionId).toList(), position, on),
                            DHRFundLedgerProjection.fundingOf(reviewId, eventsByFund));
                });
    }

    private List<DHRFundEvent> fundEvents(String fundId, long position) {
        return histories.upTo(fundId, position).stream()
                .map(DomainEventMessage::getPayload)
                .filter(DHRFundEvent.class::isInstance)
                .map(DHRFundEvent.class::cast)
                .toList();
    }
}
