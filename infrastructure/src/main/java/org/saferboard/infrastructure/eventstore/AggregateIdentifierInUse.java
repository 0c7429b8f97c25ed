package org.saferboard.infrastructure.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * An aggregate identifier that belongs to an aggregate of another type: a command for an action
 * named the id of a meeting, say. Raised when such a case is loaded and when a new case's first
 * event meets the other case's.
 */
public class AggregateIdentifierInUse extends EventStoreException {

    private final String aggregateIdentifier;
    private final String existingType;
    private final String requestedType;

    public AggregateIdentifierInUse(String aggregateIdentifier, String existingType, String requestedType) {
        super("The identifier " + aggregateIdentifier + " belongs to a " + existingType + ", not a " + requestedType);
        this.aggregateIdentifier = aggregateIdentifier;
        this.existingType = existingType;
        this.requestedType = requestedType;
    }

    public String aggregateIdentifier() {
        return aggregateIdentifier;
    }

    /** The type of the aggregate that holds the identifier, as Axon names it (the class's simple name). */
    public String existingType() {
        return existingType;
    }

    /** The type the command or the new event was for. */
    public String requestedType() {
        return requestedType;
    }
}
