package org.saferboard.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.saferboard.query.ReadModelStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How far each read model has got through the event log, for administrators and the pages that poll it. */
@RestController
@RequestMapping(path = "/api/read-models", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Event log")
class ReadModelController {

    private final ReadModelStatus status;

    ReadModelController(ReadModelStatus status) {
        this.status = status;
    }

    @GetMapping
    @Operation(summary = "Each read model's progress through the event log",
            description = "Events done of the log's head, whether it is replaying or caught up, the rate over the last few"
                    + " seconds and the time left at that rate (null until known).")
    List<ReadModelStatus.Progress> progress() {
        return status.now();
    }
}
