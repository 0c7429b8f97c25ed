package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.saferboard.api.ReadPosition;

/**
 * What an accepted review or fund write answers: the case (a review's or a fund's id), its version
 * now, the id of the movement recorded when there is one (a drawdown, receipt, allocation or
 * expenditure), and a position to read after.
 */
record DHRWriteResult(
        @Schema(example = "llr-dhr-fund") String caseId,
        @Schema(description = "the case's version after this write; send it back as If-Match on the next write", example = "4")
        long version,
        @Schema(description = "the id of the drawdown, receipt, allocation or expenditure recorded", example = "learning-event-2014")
        String movementId,
        @Schema(description = "pass as ?readAfter= to the read API to get a read that includes this write",
                example = "llr-dhr-fund@4") String readAfter) {

    static DHRWriteResult of(String caseId, long version, String movementId) {
        return new DHRWriteResult(caseId, version, movementId, new ReadPosition(caseId, version).toString());
    }
}
