package org.saferboard.query;

import java.time.Duration;
import org.saferboard.api.ReadPosition;

public class ReadModelBehind extends RuntimeException {

    public ReadModelBehind(ReadPosition position, Duration waited) {
        super("The read model has not reached " + position + " after " + waited.toMillis()
                + " ms; the write is saved and will appear shortly. Retry the read.");
    }
}
