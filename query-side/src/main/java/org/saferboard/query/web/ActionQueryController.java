package org.saferboard.query.web;

import static org.saferboard.query.ReadAfterWaiter.READ_AFTER_DESCRIPTION;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.saferboard.api.action.ActionDetails;
import org.saferboard.api.action.ActionLogPage;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.FindAction;
import org.saferboard.api.action.FindActions;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.query.ReadAfterWaiter;
import org.saferboard.query.action.ActionLogProjection;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read API for actions: the action log and one action with its history. */
@RestController
@RequestMapping("/api/actions")
@Validated
@Tag(name = "Actions (read)")
class ActionQueryController {

    private static final String TEXT_FILTER_PATTERN = "^.{1,500}$";

    private final QueryGateway queries;
    private final ReadAfterWaiter readAfterWaiter;
    private final ActionLogProjection actionLog;

    ActionQueryController(QueryGateway queries, ReadAfterWaiter readAfterWaiter, ActionLogProjection actionLog) {
        this.queries = queries;
        this.readAfterWaiter = readAfterWaiter;
        this.actionLog = actionLog;
    }

    @GetMapping
    @Operation(summary = "The action log", description = "Filtered, paged, sorted by due date (sort=dueDate or -dueDate). "
            + "overdue: open and due before today in Europe/London.")
    ActionLogPage findActions(
            @RequestParam(required = false) ActionStatus status,
            @Parameter(example = "Chris Barratt") @RequestParam(required = false) @Size(min = 1, max = 500) String owner,
            @Parameter(example = "Leicestershire Police") @RequestParam(required = false) @Size(min = 1, max = 500) String agency,
            @RequestParam(required = false) SourceKind source,
            @RequestParam(required = false) Boolean overdue,
            @Parameter(description = "dueDate (earliest first) or -dueDate (latest first)")
            @RequestParam(defaultValue = "dueDate") String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            @Parameter(description = READ_AFTER_DESCRIPTION) @RequestParam(required = false) String readAfter) {
        awaitIfAsked(readAfter);
        FindActions query = new FindActions(status, owner, agency, source, overdue, dueDateOrder(sort), page, size);
        return queries.query(query, ActionLogPage.class).join();
    }

    @GetMapping("/{actionId}")
    @Operation(summary = "One action with its full history")
    ResponseEntity<ActionDetails> findAction(@PathVariable String actionId,
                                             @Parameter(description = READ_AFTER_DESCRIPTION)
                                             @RequestParam(required = false) String readAfter) {
        awaitIfAsked(readAfter);
        ActionDetails action = queries.query(new FindAction(actionId), ResponseTypes.optionalInstanceOf(ActionDetails.class))
                .join()
                .orElseThrow(() -> new NotInReadModel("action", actionId));
        return ResponseEntity.ok().eTag(Long.toString(action.version())).body(action);
    }

    private void awaitIfAsked(String readAfter) {
        readAfterWaiter.awaitIfAsked(readAfter, actionLog::versionOf);
    }

    private static FindActions.DueDateOrder dueDateOrder(String sort) {
        return switch (sort) {
            case "dueDate" -> FindActions.DueDateOrder.EARLIEST_FIRST;
            case "-dueDate" -> FindActions.DueDateOrder.LATEST_FIRST;
            default -> throw new InvalidFieldException("sort", "must be dueDate or -dueDate");
        };
    }
}
