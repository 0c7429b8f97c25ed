package org.saferboard.infrastructure.projection;

/**
 * Told by a projection before it clears its read model to rebuild it from the event log (its reset
 * handler), so that a crash between the clearing and the processor's new token leads to a rebuild,
 * never to a read model that stays empty behind a token that says it is complete.
 */
public interface ReadModelRebuilds {

    void rebuildingFromStart(String processingGroup);
}
