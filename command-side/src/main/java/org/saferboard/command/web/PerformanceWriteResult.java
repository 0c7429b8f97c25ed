package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.saferboard.api.ReadPosition;

/** What every accepted performance dashboard write answers: the outcome, its version now, and a position to read after. */
record PerformanceWriteResult(
        @Schema(example = "lscsb-reductions-in-crime") String outcomeId,
        @Schema(description = "the outcome's version after this write; send it back as If-Match on the next write", example = "4")
        long version,
        @Schema(description = "pass as ?readAfter= to the read API to get a read that includes this write",
                example = "lscsb-reductions-in-crime@4") String readAfter) {

    static PerformanceWriteResult of(String outcomeId, long version) {
        return new PerformanceWriteResult(outcomeId, version, new ReadPosition(outcomeId, version).toString());
    }
}
