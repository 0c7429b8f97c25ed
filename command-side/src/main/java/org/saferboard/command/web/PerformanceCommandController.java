package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.saferboard.api.performance.commands.DefineIndicator;
import org.saferboard.api.performance.commands.DefineOutcome;
import org.saferboard.api.performance.commands.RateOutcome;
import org.saferboard.api.performance.commands.RecordFigure;
import org.saferboard.api.performance.commands.ReviseFigure;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The write API for the performance dashboard: outcomes, their indicators, figures and quarterly ratings; each request is one command. */
@RestController
@RequestMapping(path = "/api/performance/outcomes", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Performance dashboard (write)")
class PerformanceCommandController implements CaseController {

    private final Writes writes;

    PerformanceCommandController(CommandGateway commands) {
        this.writes = new Writes(commands);
    }

    @Override
    public String caseName() {
        return "outcome";
    }

    @PostMapping
    @Operation(summary = "Define an outcome of a board's performance dashboard",
            description = "Repeating the request with the same outcomeId and details answers with the original result.")
    ResponseEntity<PerformanceWriteResult> define(@Valid @RequestBody PerformanceRequests.Outcome request) {
        String outcomeId = Writes.idOrNew(request.outcomeId());
        return writes.created("/api/performance/outcomes/" + outcomeId,
                new DefineOutcome(outcomeId, request.boardId(), request.title(), request.position()),
                version -> PerformanceWriteResult.of(outcomeId, version));
    }

    @PostMapping("/{outcomeId}/indicators")
    @Operation(summary = "Define a supporting indicator of the outcome: unit, polarity, target, period, source and areas",
            description = "Repeating the same definition changes nothing; another definition under the same indicatorId gets 409.")
    ResponseEntity<PerformanceWriteResult> defineIndicator(@PathVariable String outcomeId, IfMatch ifMatch,
                                                           @Valid @RequestBody PerformanceRequests.Indicator request) {
        return writes.accepted(new DefineIndicator(outcomeId, request.indicatorId(), request.name(), request.unit(), request.polarity(),
                request.target(), request.period(), request.source(), request.county(), request.districts(), request.levelWithinPercent(),
                ifMatch.or(request.expectedVersion())), version -> PerformanceWriteResult.of(outcomeId, version));
    }

    @PostMapping("/{outcomeId}/indicators/{indicatorId}/figures")
    @Operation(summary = "Record an indicator's figure for an area and a quarter",
            description = "Repeating the same figure changes nothing; a different figure for the same area and quarter gets 409: revise it.")
    ResponseEntity<PerformanceWriteResult> recordFigure(@PathVariable String outcomeId, @PathVariable String indicatorId, IfMatch ifMatch,
                                                        @Valid @RequestBody PerformanceRequests.Figure request) {
        return writes.accepted(new RecordFigure(outcomeId, indicatorId, request.area(), request.quarter(), request.value(), request.note(),
                request.comparison(), ifMatch.or(request.expectedVersion())), version -> PerformanceWriteResult.of(outcomeId, version));
    }

    @PostMapping("/{outcomeId}/indicators/{indicatorId}/figures/revisions")
    @Operation(summary = "Revise a recorded figure, giving the reason; the dashboard marks it revised and the history keeps the original")
    ResponseEntity<PerformanceWriteResult> reviseFigure(@PathVariable String outcomeId, @PathVariable String indicatorId, IfMatch ifMatch,
                                                        @Valid @RequestBody PerformanceRequests.Revision request) {
        return writes.accepted(new ReviseFigure(outcomeId, indicatorId, request.area(), request.quarter(), request.value(), request.note(),
                request.comparison(), request.reason(), ifMatch.or(request.expectedVersion())),
                version -> PerformanceWriteResult.of(outcomeId, version));
    }

    @PutMapping("/{outcomeId}/ratings/{quarter}")
    @Operation(summary = "Record the outcome's overall RAG and comment for a quarter, and the meeting item that noted it",
            description = "A different rating of the same quarter replaces it on the dashboard; the earlier one stays in the history.")
    ResponseEntity<PerformanceWriteResult> rate(@PathVariable String outcomeId, @PathVariable String quarter, IfMatch ifMatch,
                                                @Valid @RequestBody PerformanceRequests.Rating request) {
        return writes.accepted(new RateOutcome(outcomeId, quarter, request.rag(), request.comment(), request.ratedBy(),
                request.presentedAtMeetingId(), request.presentedAtMinuteNumber(), ifMatch.or(request.expectedVersion())),
                version -> PerformanceWriteResult.of(outcomeId, version));
    }
}
