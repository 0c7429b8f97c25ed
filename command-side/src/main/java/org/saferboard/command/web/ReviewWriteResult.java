package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.saferboard.api.ReadPosition;

/** What an accepted review write answers: the case, its version now, and a position to read after. */
record ReviewWriteResult(
        @Schema(example = "dhr-mary") String reviewId,
        @Schema(description = "the case's version after this write; send it back as If-Match on the next write", example = "2")
        long version,
        @Schema(description = "pass as ?readAfter= to the read API to get a read that includes this write",
                example = "dhr-mary@2") String readAfter) {

    static ReviewWriteResult of(String reviewId, long version) {
        return new ReviewWriteResult(reviewId, version, new ReadPosition(reviewId, version).toString());
    }
}
