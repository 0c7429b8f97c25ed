package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.saferboard.api.ReadPosition;

/**
 * What an accepted fund write answers: the fund, its version now, the id of the movement recorded
 * when there is one (a drawdown, receipt, allocation or expenditure), and a position to read after.
 */
record DHRFundWriteResult(
        @Schema(example = "llr-dhr-fund") String fundId,
        @Schema(description = "the fund's version after this write; send it back as If-Match on the next write", example = "4")
        long version,
        @Schema(description = "the id of the drawdown, receipt, allocation or expenditure recorded", example = "learning-event-2014")
        String movementId,
        @Schema(description = "pass as ?readAfter= to the read API to get a read that includes this write",
                example = "llr-dhr-fund@4") String readAfter) {

    static DHRFundWriteResult of(String fundId, long version, String movementId) {
        return new DHRFundWriteResult(fundId, version, movementId, new ReadPosition(fundId, version).toString());
    }
}
