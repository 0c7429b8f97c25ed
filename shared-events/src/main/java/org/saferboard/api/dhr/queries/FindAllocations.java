package org.saferboard.api.dhr.queries;

/** A fund's allocations with what was spent and what remains. */
public record FindAllocations(String fundId) {
}
