package org.saferboard.infrastructure.durability;

/**
 * Makes the writes a thread has completed survive a crash of this process and of the machine. A
 * write is acknowledged to a person (a 2xx) only after this returns, and a projection stores its
 * tracking token only after the read-model writes the token covers have passed through it.
 */
public interface Durability {

    /** For a store whose every acknowledged write is already durable (MongoDB with a journaled majority write concern). */
    Durability EVERY_WRITE_ACKNOWLEDGED_DURABLE = () -> {
    };

    /** Returns once every write this thread completed before the call is durable. */
    void awaitDurable();
}
