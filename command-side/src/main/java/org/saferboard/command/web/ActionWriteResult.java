package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.saferboard.api.ReadPosition;

/** What every accepted write answers: the action, its version now, and a position to read after. */
record ActionWriteResult(
        @Schema(example = "3f1c2b9e-8d4a-4c1e-9a57-2d6f0b1e7c11") String actionId,
        @Schema(description = "the action's version after this write; send it back as If-Match on the next write",
                example = "2") long version,
        @Schema(description = "pass as ?readAfter= to the read API to get a read that includes this write",
                example = "3f1c2b9e-8d4a-4c1e-9a57-2d6f0b1e7c11@2") String readAfter) {

    static ActionWriteResult of(String actionId, long version) {
        return new ActionWriteResult(actionId, version, new ReadPosition(actionId, version).toString());
    }
}
