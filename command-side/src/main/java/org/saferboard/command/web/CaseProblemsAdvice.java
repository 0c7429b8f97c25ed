package org.saferboard.command.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.saferboard.command.CaseRefusal;
import org.saferboard.command.StaleVersion;
import org.saferboard.command.UnknownReference;
import org.saferboard.infrastructure.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

/**
 * The aggregates' refusals as problem+json for every write API: an unknown case 404, a request that
 * names something the case does not have 422, refused transitions and conflicts 409.
 */
@RestControllerAdvice(assignableTypes = CaseController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblemsAdvice {

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException exception, HandlerMethod handler) {
        String caseName = caseName(handler);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.problem(HttpStatus.NOT_FOUND,
                caseName + "-not-found", StringUtils.capitalize(caseName) + " not found",
                "There is no " + caseName + " " + exception.getAggregateIdentifier() + "."));
    }

    @ExceptionHandler(UnknownReference.class)
    ResponseEntity<ProblemDetail> unknownReference(UnknownReference refusal, HandlerMethod handler) {
        return ResponseEntity.unprocessableEntity().body(Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, refusal.code(),
                StringUtils.capitalize(caseName(handler)) + " change refused", refusal.getMessage()));
    }

    @ExceptionHandler(CaseRefusal.class)
    ResponseEntity<ProblemDetail> refused(CaseRefusal refusal, HandlerMethod handler) {
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, refusal.code(),
                StringUtils.capitalize(caseName(handler)) + " change refused", refusal.getMessage());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CONFLICT);
        if (refusal instanceof StaleVersion stale) {
            problem.setProperty("currentVersion", stale.currentVersion());
            response.eTag(Long.toString(stale.currentVersion()));
        }
        return response.body(problem);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException exception, HandlerMethod handler) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.problem(HttpStatus.CONFLICT,
                "concurrent-change", "Changed at the same time",
                "Someone else changed this " + caseName(handler)
                        + " at the same moment; nothing of yours was saved. Reload and retry."));
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> createdAtTheSameMoment(AggregateStreamCreationException exception, HandlerMethod handler) {
        String caseName = caseName(handler);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.problem(HttpStatus.CONFLICT,
                "concurrent-change", "Created at the same time",
                "A " + caseName + " with this id was created at the same moment; nothing of yours was saved. "
                        + "Repeat the request: if it is the same " + caseName + ", you get the original result."));
    }

    private static String caseName(HandlerMethod handler) {
        return ((CaseController) handler.getBean()).caseName();
    }
}
