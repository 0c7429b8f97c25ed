package org.saferboard.query.web;

import static org.saferboard.query.ReadAfterWaiter.READ_AFTER_DESCRIPTION;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.queries.FindAction;
import org.saferboard.api.action.queries.FindActionHistory;
import org.saferboard.api.action.queries.FindActions;
import org.saferboard.api.action.views.ActionDetails;
import org.saferboard.api.action.views.ActionHistoryPage;
import org.saferboard.api.action.views.ActionLogPage;
import org.saferboard.api.action.views.ActionSummary;
import org.saferboard.query.AsAt;
import org.saferboard.query.ReadAfterWaiter;
import org.saferboard.query.action.ActionLogProjection;
import org.saferboard.query.action.ActionsAsAt;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read API for actions: the action log, one action with its newest history, and its whole history page by page. */
@RestController
@RequestMapping(path = "/api/actions", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Actions (read)")
class ActionQueryController {

    /** The most rows the action log's CSV holds. */
    static final int CSV_MOST = 100_000;

    private final QueryGateway queries;
    private final ReadAfterWaiter readAfterWaiter;
    private final Map<String, ToLongFunction<String>> followed;

    private final ActionsAsAt asAt;
    private final AsAtInstants instants;

    ActionQueryController(QueryGateway queries, ReadAfterWaiter readAfterWaiter, ActionLogProjection actionLog, ActionsAsAt asAt,
                          AsAtInstants instants) {
        this.asAt = asAt;
        this.instants = instants;
        this.queries = queries;
        this.readAfterWaiter = readAfterWaiter;
        this.followed = Map.of("Action", actionLog::versionOf);
    }

    @GetMapping
    @Operation(summary = "The action log", description = "Filtered, paged, sorted by due date (sort=dueDate or -dueDate). "
            + "overdue: open and due before today in Europe/London.")
    CompletableFuture<ActionLogPage> findActions(
            @RequestParam(required = false) ActionStatus status,
            @Parameter(example = "Chris Barratt") @RequestParam(required = false) @Size(min = 1, max = 500) String owner,
            @Parameter(example = "Leicestershire Police") @RequestParam(required = false) @Size(min = 1, max = 500) String agency,
            @RequestParam(required = false) SourceKind source,
            @Parameter(description = "the review whose action plans raised the actions", example = "dhr-mary")
            @RequestParam(required = false) @Size(min = 1, max = 64) String review,
            @Parameter(description = "the meeting the actions were raised at", example = "lscsb-2015-06-18")
            @RequestParam(required = false) @Size(min = 1, max = 64) String meeting,
            @RequestParam(required = false) Boolean overdue,
            @Parameter(description = "dueDate (earliest first) or -dueDate (latest first)")
            @RequestParam(defaultValue = "dueDate") String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            @Parameter(description = READ_AFTER_DESCRIPTION) @RequestParam(required = false) String readAfter) {
        FindActions query = new FindActions(status, owner, agency, source, review, meeting, overdue, dueDateOrder(sort), page, size);
        return readAfterWaiter.read(readAfter, followed, () -> queries.query(query, ActionLogPage.class).join());
    }

    @GetMapping(params = AsAt.PARAMETER)
    @Operation(summary = "The action log as it stood at an instant", description = "The same filters, sort and paging, over the"
            + " actions as the events recorded up to the instant made them; overdue and RAG as on that instant's date.")
    AsAt.Answer<ActionLogPage> findActionsAsAt(
            @Parameter(description = AsAt.DESCRIPTION, example = "2015-06-18T10:00:00Z") @RequestParam(AsAt.PARAMETER) String asAtText,
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) @Size(min = 1, max = 500) String owner,
            @RequestParam(required = false) @Size(min = 1, max = 500) String agency,
            @RequestParam(required = false) SourceKind source,
            @RequestParam(required = false) @Size(min = 1, max = 64) String review,
            @RequestParam(required = false) @Size(min = 1, max = 64) String meeting,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "dueDate") String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        FindActions query = new FindActions(status, owner, agency, source, review, meeting, overdue, dueDateOrder(sort), page, size);
        AsAt at = instants.resolve(asAtText);
        return AsAt.Answer.of(at, asAt.actions(query, at.position(), at.businessDate()));
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "The action log as CSV", description = "Every action the filters match (at most "
            + CSV_MOST + "), in the order asked for; the filters are those of the action log.")
    ResponseEntity<String> findActionsAsCsv(
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) @Size(min = 1, max = 500) String owner,
            @RequestParam(required = false) @Size(min = 1, max = 500) String agency,
            @RequestParam(required = false) SourceKind source,
            @RequestParam(required = false) @Size(min = 1, max = 64) String review,
            @RequestParam(required = false) @Size(min = 1, max = 64) String meeting,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "dueDate") String sort) {
        FindActions query = new FindActions(status, owner, agency, source, review, meeting, overdue, dueDateOrder(sort), 0, CSV_MOST);
        ActionLogPage actions = queries.query(query, ActionLogPage.class).join();
        return Downloads.csv("action-log", CsvFiles.csv(new String[] {"Action id", "Title", "Owner", "Agency", "Due date",
                "Status", "RAG", "Overdue", "Source", "Reference", "Version"}, row -> {
            for (ActionSummary action : actions.actions()) {
                row.print(action.actionId(), action.title(), action.ownerName(), action.owningAgency(), action.dueDate(),
                        action.status(), action.rag(), action.overdue() ? "yes" : "no", action.source().kind(),
                        action.source().reference(), action.version());
            }
        }));
    }

    @GetMapping("/{actionId}")
    @Operation(summary = "One action with its newest history entries",
            description = "history holds the newest " + ActionDetails.HISTORY_SHOWN + " changes (oldest of them first); "
                    + "historyCount says how many there are in all; /history pages through every one.")
    CompletableFuture<ResponseEntity<ActionDetails>> findAction(@PathVariable String actionId,
                                                                @Parameter(description = READ_AFTER_DESCRIPTION)
                                                                @RequestParam(required = false) String readAfter) {
        return readAfterWaiter.read(readAfter, followed, () -> {
            ActionDetails action = queries.query(new FindAction(actionId), ResponseTypes.optionalInstanceOf(ActionDetails.class))
                    .join()
                    .orElseThrow(() -> new NotInReadModel("action", actionId));
            return ResponseEntity.ok().eTag(Long.toString(action.version())).body(action);
        });
    }

    @GetMapping(value = "/{actionId}", params = AsAt.PARAMETER)
    @Operation(summary = "One action as it stood at an instant, with its history then",
            description = "404 when the action had not been raised by then, saying when it was.")
    AsAt.Answer<ActionDetails> findActionAsAt(@PathVariable String actionId,
                                              @Parameter(description = AsAt.DESCRIPTION, example = "2015-06-18T10:00:00Z")
                                              @RequestParam(AsAt.PARAMETER) String asAtText) {
        AsAt at = instants.resolve(asAtText);
        return AsAt.Answer.of(at, asAt.action(actionId, at.position(), at.businessDate())
                .orElseThrow(() -> instants.notThen("action", actionId, at)));
    }

    @GetMapping("/{actionId}/history")
    @Operation(summary = "An action's history, oldest first, page by page", description = "Page 0 holds versions 1 to size.")
    CompletableFuture<ActionHistoryPage> history(@PathVariable String actionId,
                                                 @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                                 @Parameter(description = READ_AFTER_DESCRIPTION)
                                                 @RequestParam(required = false) String readAfter) {
        return readAfterWaiter.read(readAfter, followed, () -> queries.query(new FindActionHistory(actionId, page, size),
                        ResponseTypes.optionalInstanceOf(ActionHistoryPage.class)).join()
                .orElseThrow(() -> new NotInReadModel("action", actionId)));
    }

    private static FindActions.DueDateOrder dueDateOrder(String sort) {
        return switch (sort) {
            case "dueDate" -> FindActions.DueDateOrder.EARLIEST_FIRST;
            case "-dueDate" -> FindActions.DueDateOrder.LATEST_FIRST;
            default -> throw new InvalidFieldException("sort", "must be dueDate or -dueDate");
        };
    }
}
