package org.saferboard.command.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.saferboard.command.action.ActionRefusal;
import org.saferboard.command.action.StaleActionVersion;
import org.saferboard.infrastructure.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The Action aggregate's refusals as problem+json: unknown action 404, refused transitions and conflicts 409. */
@RestControllerAdvice(assignableTypes = ActionCommandController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ActionProblemsAdvice {

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException exception) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.problem(HttpStatus.NOT_FOUND,
                "action-not-found", "Action not found",
                "There is no action " + exception.getAggregateIdentifier() + "."));
    }

    @ExceptionHandler(ActionRefusal.class)
    ResponseEntity<ProblemDetail> refused(ActionRefusal refusal) {
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, refusal.code(), "Action change refused",
                refusal.getMessage());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CONFLICT);
        if (refusal instanceof StaleActionVersion stale) {
            problem.setProperty("currentVersion", stale.currentVersion());
            response.eTag(Long.toString(stale.currentVersion()));
        }
        return response.body(problem);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException exception) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.problem(HttpStatus.CONFLICT,
                "concurrent-change", "Changed at the same time",
                "Someone else changed this action at the same moment; nothing of yours was saved. Reload and retry."));
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> raisedAtTheSameMoment(AggregateStreamCreationException exception) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.problem(HttpStatus.CONFLICT,
                "concurrent-change", "Raised at the same time",
                "An action with this actionId was raised at the same moment; nothing of yours was saved. "
                        + "Repeat the request: if it is the same action, you get the original result."));
    }
}
