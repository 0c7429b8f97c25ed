package org.saferboard.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.infrastructure.web.Problems;
import org.saferboard.query.ReadModelRebuilder;
import org.saferboard.query.ReadModelStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read models: how far each has got through the event log, and their rebuilds from it, for administrators and the pages that poll them. */
@RestController
@RequestMapping(path = "/api/read-models", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Event log")
class ReadModelController {

    private final ReadModelStatus status;
    private final ReadModelRebuilder rebuilder;

    ReadModelController(ReadModelStatus status, ReadModelRebuilder rebuilder) {
        this.status = status;
        this.rebuilder = rebuilder;
    }

    /** Each read model's progress, and the rebuilds of the last run asked for. */
    record ReadModels(List<ReadModelStatus.Progress> readModels, List<ReadModelRebuilder.Status> rebuilds) {
    }

    @GetMapping
    @Operation(summary = "Each read model's progress through the event log, and its rebuild's",
            description = "Events done of the log's head, whether it is replaying or caught up, the rate over the last few"
                    + " seconds and the time left at that rate (null until known); and for the last rebuild asked for, each read"
                    + " model's state (WAITING, REBUILDING, SWITCHING, DONE, FAILED, CANCELLED) and progress.")
    ReadModels progress() {
        return new ReadModels(status.now(), rebuilder.statuses());
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild read models from the event log, without a reading gap",
            description = "Each named read model (all when none is named) is rebuilt into new collections while reads go on from"
                    + " the current ones, then switched over in one step once it has caught up with the head. Answers 202 at once;"
                    + " follow GET /api/read-models. 409 while another rebuild runs, or while other query-side processes share the read"
                    + " models' processing.")
    ResponseEntity<ReadModels> rebuild(@Parameter(description = "a read model's name, as GET /api/read-models lists it; repeat it for"
            + " several, leave it out for all") @RequestParam(name = "readModel", required = false) List<String> readModels) {
        if (readModels != null && readModels.stream().anyMatch(name -> !rebuilder.readModels().contains(name))) {
            throw new InvalidFieldException("readModel", "there is no such read model; there are " + rebuilder.readModels());
        }
        List<ReadModelRebuilder.Status> started = rebuilder.start(readModels);
        return ResponseEntity.accepted().body(new ReadModels(status.now(), started));
    }

    @PostMapping("/rebuild/cancel")
    @Operation(summary = "Cancel the running rebuild", description = "Its collections are dropped and the current read models stay in"
            + " use; a read model already switched over stays rebuilt.")
    ReadModels cancel() {
        rebuilder.cancel();
        return new ReadModels(status.now(), rebuilder.statuses());
    }

    @ExceptionHandler(ReadModelRebuilder.RebuildRefused.class)
    ResponseEntity<Object> refused(ReadModelRebuilder.RebuildRefused refused) {
        return Problems.response(Problems.problem(HttpStatus.CONFLICT, refused.code(), refused.title(), refused.getMessage()));
    }
}
