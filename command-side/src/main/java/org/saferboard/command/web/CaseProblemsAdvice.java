package org.saferboard.command.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.saferboard.api.CaseKinds;
import org.saferboard.command.CaseRefusal;
import org.saferboard.command.StaleVersion;
import org.saferboard.infrastructure.eventstore.AggregateIdentifierInUse;
import org.saferboard.infrastructure.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

/**
 * The aggregates' refusals as problem+json for every write API: an unknown case 404, a request that
 * names something the case does not have 422, refused transitions and conflicts 409 (an id that
 * belongs to another kind of case among them).
 */
@RestControllerAdvice(assignableTypes = CaseController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblemsAdvice {

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException exception, HandlerMethod handler) {
        String caseName = caseName(handler);
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND,
                caseName + "-not-found", StringUtils.capitalize(caseName) + " not found",
                "There is no " + caseName + " " + exception.getAggregateIdentifier() + "."));
    }

    @ExceptionHandler(AggregateIdentifierInUse.class)
    ResponseEntity<Object> idOfAnotherKind(AggregateIdentifierInUse exception) {
        return Problems.response(Problems.problem(HttpStatus.CONFLICT, "id-of-another-case", "Id already in use",
                "The id " + exception.aggregateIdentifier() + " belongs to " + CaseKinds.described(exception.existingType())
                        + ", not " + CaseKinds.described(exception.requestedType()) + "; use the "
                        + CaseKinds.name(exception.requestedType()) + "'s own id, or choose a new one for a new "
                        + CaseKinds.name(exception.requestedType()) + "."));
    }

    @ExceptionHandler(CaseRefusal.class)
    ResponseEntity<Object> refused(CaseRefusal refusal, HandlerMethod handler) {
        HttpStatus status = HttpStatus.valueOf(refusal.reason().kind().status());
        ProblemDetail problem = Problems.problem(status, refusal.code(),
                StringUtils.capitalize(caseName(handler)) + " change refused", refusal.getMessage());
        if (refusal instanceof StaleVersion stale) {
            problem.setProperty("currentVersion", stale.currentVersion());
            return ResponseEntity.status(HttpStatus.CONFLICT).eTag(Long.toString(stale.currentVersion()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return Problems.response(problem);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentChange(ConcurrencyException exception, HandlerMethod handler) {
        return Problems.response(Problems.problem(HttpStatus.CONFLICT,
                "concurrent-change", "Changed at the same time",
                "Someone else changed this " + caseName(handler)
                        + " at the same moment; nothing of yours was saved. Reload and retry."));
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<Object> createdAtTheSameMoment(AggregateStreamCreationException exception, HandlerMethod handler) {
        String caseName = caseName(handler);
        return Problems.response(Problems.problem(HttpStatus.CONFLICT,
                "concurrent-change", "Created at the same time",
                "A " + caseName + " with this id was created at the same moment; nothing of yours was saved. "
                        + "Repeat the request: if it is the same " + caseName + ", you get the original result."));
    }

    private static String caseName(HandlerMethod handler) {
        return ((CaseController) handler.getBean()).caseName();
    }
}
