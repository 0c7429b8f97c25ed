package org.saferboard.query;

import java.time.Duration;
import org.saferboard.api.ReadPosition;

/** A read that waited for a write to reach the read models and cannot wait longer: 503 with Retry-After. */
public class ReadModelBehind extends RuntimeException {

    private final String code;

    public ReadModelBehind(ReadPosition position, Duration waited) {
        super("The read model has not reached " + position + " after " + waited.toMillis()
                + " ms; the write is saved and will appear shortly. Retry the read.");
        this.code = "read-model-behind";
    }

    /** Too many reads are waiting already. */
    public ReadModelBehind(String message) {
        super(message);
        this.code = "too-many-waiting-reads";
    }

    public String code() {
        return code;
    }
}
