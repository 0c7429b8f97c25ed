package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.saferboard.api.ReadPosition;

/** What every accepted meeting write answers: the meeting, its version now, and a position to read after. */
record MeetingWriteResult(
        @Schema(example = "2f6c1a4e-9d3b-4f7e-8a21-5c0d9e3b7a18") String meetingId,
        @Schema(description = "the meeting's version after this write; send it back as If-Match on the next write",
                example = "4") long version,
        @Schema(description = "pass as ?readAfter= to the read API to get a read that includes this write",
                example = "2f6c1a4e-9d3b-4f7e-8a21-5c0d9e3b7a18@4") String readAfter) {

    static MeetingWriteResult of(String meetingId, long version) {
        return new MeetingWriteResult(meetingId, version, new ReadPosition(meetingId, version).toString());
    }
}
