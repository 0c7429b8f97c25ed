package org.saferboard.api.dhr;

import org.saferboard.api.Money;

/**
 * Where a DHR fund stands after its movements, in one definition for the aggregate that refuses an
 * allocation beyond what is available and for every ledger that shows the figures. Plain Java:
 * folded with {@link FundEvent#applyTo}, over all of a fund's events, those up to an instant, or
 * those dated up to a day.
 *
 * @param balance   money held: brought in and received, less what was spent
 * @param committed money allocated and neither spent nor released
 */
public record FundPosition(Money balance, Money committed) {

    /** Before the fund is opened. */
    public static final FundPosition NOTHING = new FundPosition(Money.ZERO, Money.ZERO);

    /** The position after a run of one fund's events, in the order given. */
    public static FundPosition fold(Iterable<? extends FundEvent> events) {
        FundPosition position = NOTHING;
        for (FundEvent event : events) {
            position = event.applyTo(position);
        }
        return position;
    }

    /** Held and not committed: what may still be allocated. */
    public Money available() {
        return balance.minus(committed);
    }

    FundPosition received(Money amount) {
        return new FundPosition(balance.plus(amount), committed);
    }

    FundPosition allocated(Money amount) {
        return new FundPosition(balance, committed.plus(amount));
    }

    /** Spending is paid from an allocation: it leaves the fund and is no longer committed. */
    FundPosition spent(Money amount) {
        return new FundPosition(balance.minus(amount), committed.minus(amount));
    }

    FundPosition released(Money amount) {
        return new FundPosition(balance, committed.minus(amount));
    }
}
