package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.saferboard.api.ReadPosition;
import org.saferboard.api.action.commands.ActionRaisedFromCase;

/**
 * What raising an action from a meeting or a review answers: the action as every action write does,
 * and a position in the case it came from, whose view lists its actions.
 */
record ActionFromCaseWriteResult(
        @Schema(example = "3f1c2b9e-8d4a-4c1e-9a57-2d6f0b1e7c11") String actionId,
        @Schema(description = "the action's version after this write; send it back as If-Match on the next write",
                example = "1") long version,
        @Schema(description = "pass as ?readAfter= to the action's reads to get one that includes this write",
                example = "3f1c2b9e-8d4a-4c1e-9a57-2d6f0b1e7c11@1") String readAfter,
        @Schema(description = "pass as ?readAfter= to the meeting's or review's reads to get one that lists this action",
                example = "dhr-mary@4") String sourceReadAfter) {

    static ActionFromCaseWriteResult of(String actionId, String sourceId, ActionRaisedFromCase raised) {
        return new ActionFromCaseWriteResult(actionId, raised.actionVersion(),
                new ReadPosition(actionId, raised.actionVersion()).toString(),
                new ReadPosition(sourceId, raised.sourceVersion()).toString());
    }
}
