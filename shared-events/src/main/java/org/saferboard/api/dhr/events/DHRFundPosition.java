package org.saferboard.api.dhr.events;

import org.saferboard.api.Money;
import org.saferboard.api.dhr.events.DHRFundEvent;

/**
 * Where a DHR fund stands after its movements, in one definition for the aggregate that refuses an
 * allocation beyond what is available and for every ledger that shows the figures. Plain Java:
 * folded with {@link DHRFundEvent#applyTo}, over all of a fund's events, those up to an instant, or
 * those dated up to a day.
 *
 * @param balance   money held: brought in and received, less what was spent
 * @param committed money allocated and neither spent nor released
 */
public record DHRFundPosition(Money balance, Money committed) {

    /** Before the fund is opened. */
    public static final DHRFundPosition NOTHING = new DHRFundPosition(Money.ZERO, Money.ZERO);

    /** The position after a run of one fund's events, in the order given. */
    public static DHRFundPosition fold(Iterable<? extends DHRFundEvent> events) {
        DHRFundPosition position = NOTHING;
        for (DHRFundEvent event : events) {
            position = event.applyTo(position);
        }
        return position;
    }

    /** Held and not committed: what may still be allocated. */
    public Money available() {
        return balance.minus(committed);
    }

    DHRFundPosition received(Money amount) {
        return new DHRFundPosition(balance.plus(amount), committed);
    }

    DHRFundPosition allocated(Money amount) {
        return new DHRFundPosition(balance, committed.plus(amount));
    }

    /** Spending is paid from an allocation: it leaves the fund and is no longer committed. */
    DHRFundPosition spent(Money amount) {
        return new DHRFundPosition(balance.minus(amount), committed.minus(amount));
    }

    DHRFundPosition released(Money amount) {
        return new DHRFundPosition(balance, committed.minus(amount));
    }
}
