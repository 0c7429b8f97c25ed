package org.saferboard.infrastructure.durability;

/**
 * Makes the writes a thread has completed survive a crash of this process and of the machine. A
 * write is acknowledged to a person (a 2xx) only after {@link #awaitDurable()} returns, and a
 * projection stores its tracking token only once the read-model writes the token covers are durable.
 */
public interface Durability {

    /** For a store whose every acknowledged write is durable already (MongoDB with a journaled majority write concern). */
    Durability EVERY_WRITE_ACKNOWLEDGED_DURABLE = new Durability() {
        @Override
        public void awaitDurable() {
        }

        @Override
        public long mark() {
            return 0;
        }

        @Override
        public boolean isDurable(long mark) {
            return true;
        }
    };

    /** Returns once every write this thread completed before the call is durable. */
    void awaitDurable();

    /** A mark for the writes this thread has completed so far, to ask later, without waiting, whether they are durable. */
    long mark();

    /** Whether the writes completed before {@code mark} was taken are durable by now. */
    boolean isDurable(long mark);
}
