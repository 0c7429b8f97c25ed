package org.saferboard.api;

/**
 * An amount of money in whole pence, with exact arithmetic (an overflow throws rather than wraps).
 * Events keep plain {@code long} pence, their stored shape; rules and ledgers add and compare with
 * this. Shown as pounds with two places, e.g. {@code 3000.00}. (No {@code isX()} methods: Jackson
 * would store them in a snapshot as properties.)
 */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    public Money negated() {
        return new Money(Math.negateExact(pence));
    }

    public boolean isMoreThan(Money other) {
        return pence > other.pence;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    /** Pounds with two places, e.g. {@code 3000.00} or {@code -12.50}. */
    @Override
    public String toString() {
        return Pence.format(pence);
    }
}
