package org.saferboard.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.saferboard.api.action.ActionSource;
import org.saferboard.api.action.commands.CancelAction;
import org.saferboard.api.action.commands.CompleteAction;
import org.saferboard.api.action.commands.CorrectActionWording;
import org.saferboard.api.action.commands.RaiseAction;
import org.saferboard.api.action.commands.ReassignAction;
import org.saferboard.api.action.commands.RecordActionProgress;
import org.saferboard.api.action.commands.ReopenAction;
import org.saferboard.api.action.commands.RequestActionDueDate;
import org.saferboard.api.action.commands.ReviseActionDueDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The write API for actions: each request is one command. */
@RestController
@RequestMapping(path = "/api/actions", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Actions (write)")
class ActionCommandController implements CaseController {

    private final Writes writes;

    ActionCommandController(CommandGateway commands) {
        this.writes = new Writes(commands);
    }

    @Override
    public String caseName() {
        return "action";
    }

    @PostMapping
    @Operation(summary = "Raise an action",
            description = "Repeating the request with the same actionId and content answers with the original result; "
                    + "the same actionId with other content gets 409.")
    ResponseEntity<ActionWriteResult> raise(@Valid @RequestBody ActionRequests.Raise request) {
        String actionId = Writes.idOrNew(request.actionId());
        return writes.created("/api/actions/" + actionId, new RaiseAction(actionId, request.title(), request.description(),
                request.ownerName(), request.owningAgency(), request.dueDate(),
                request.source() == null ? null : new ActionSource(request.source().kind(), request.source().reference())),
                version -> ActionWriteResult.of(actionId, version));
    }

    @PostMapping("/{actionId}/progress")
    @Operation(summary = "Record a dated progress note")
    ResponseEntity<ActionWriteResult> recordProgress(@PathVariable String actionId, IfMatch ifMatch,
                                               @Valid @RequestBody ActionRequests.Progress request) {
        return writes.accepted(new RecordActionProgress(actionId, request.note(), request.progressDate(),
                ifMatch.or(request.expectedVersion())), version -> ActionWriteResult.of(actionId, version));
    }

    @PostMapping("/{actionId}/reassign")
    @Operation(summary = "Give the action to another owner or agency")
    ResponseEntity<ActionWriteResult> reassign(@PathVariable String actionId, IfMatch ifMatch,
                                         @Valid @RequestBody ActionRequests.Reassign request) {
        return writes.accepted(new ReassignAction(actionId, request.ownerName(), request.owningAgency(),
                request.reason(), ifMatch.or(request.expectedVersion())), version -> ActionWriteResult.of(actionId, version));
    }

    @PostMapping("/{actionId}/wording")
    @Operation(summary = "Correct the action's title, open or closed, with a reason kept in its history",
            description = "The corrected title shows wherever the action is shown: the action log, the meeting it arose at, "
                    + "the Action Log at each meeting and its review.")
    ResponseEntity<ActionWriteResult> correctWording(@PathVariable String actionId, IfMatch ifMatch,
                                                     @Valid @RequestBody ActionRequests.Wording request) {
        return writes.accepted(new CorrectActionWording(actionId, request.title(), request.reason(),
                ifMatch.or(request.expectedVersion())), version -> ActionWriteResult.of(actionId, version));
    }

    @PostMapping("/{actionId}/due-date")
    @Operation(summary = "Revise the due date, with a reason")
    ResponseEntity<ActionWriteResult> reviseDueDate(@PathVariable String actionId, IfMatch ifMatch,
                                              @Valid @RequestBody ActionRequests.ReviseDueDate request) {
        return writes.accepted(new ReviseActionDueDate(actionId, request.dueDate(), request.reason(),
                ifMatch.or(request.expectedVersion())), version -> ActionWriteResult.of(actionId, version));
    }

    @PostMapping("/{actionId}/due-date-requests")
    @Operation(summary = "Ask the secretariat for a new due date, with a reason",
            description = "For the action's owner (an officer may ask only for their own or their agency's actions); "
                    + "the due date moves when the secretariat revises it.")
    ResponseEntity<ActionWriteResult> requestDueDate(@PathVariable String actionId, IfMatch ifMatch,
                                               @Valid @RequestBody ActionRequests.ReviseDueDate request) {
        return writes.accepted(new RequestActionDueDate(actionId, request.dueDate(), request.reason(),
                ifMatch.or(request.expectedVersion())), version -> ActionWriteResult.of(actionId, version));
    }

    @PostMapping("/{actionId}/complete")
    @Operation(summary = "Complete the action, with its outcome and evidence")
    ResponseEntity<ActionWriteResult> complete(@PathVariable String actionId, IfMatch ifMatch,
                                         @Valid @RequestBody ActionRequests.Complete request) {
        return writes.accepted(new CompleteAction(actionId, request.outcome(), request.evidence(),
                ifMatch.or(request.expectedVersion())), version -> ActionWriteResult.of(actionId, version));
    }

    @PostMapping("/{actionId}/reopen")
    @Operation(summary = "Reopen a completed or cancelled action, with a reason")
    ResponseEntity<ActionWriteResult> reopen(@PathVariable String actionId, IfMatch ifMatch,
                                       @Valid @RequestBody ActionRequests.Reason request) {
        return writes.accepted(new ReopenAction(actionId, request.reason(),
                ifMatch.or(request.expectedVersion())), version -> ActionWriteResult.of(actionId, version));
    }

    @PostMapping("/{actionId}/cancel")
    @Operation(summary = "Cancel the action, with a reason")
    ResponseEntity<ActionWriteResult> cancel(@PathVariable String actionId, IfMatch ifMatch,
                                       @Valid @RequestBody ActionRequests.Reason request) {
        return writes.accepted(new CancelAction(actionId, request.reason(),
                ifMatch.or(request.expectedVersion())), version -> ActionWriteResult.of(actionId, version));
    }

}
