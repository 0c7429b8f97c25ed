package org.saferboard.query.web;

import org.saferboard.infrastructure.web.Problems;
import org.saferboard.query.ReadModelBehind;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The read APIs' errors as problem+json: an unknown case 404, a read model not caught up in time 503. */
@RestControllerAdvice(assignableTypes = {ActionQueryController.class, MeetingQueryController.class, ReviewQueryController.class,
        DHRFundQueryController.class, PerformanceQueryController.class, MeetingCalendarController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryProblemsAdvice {

    @ExceptionHandler(NotInReadModel.class)
    ResponseEntity<Object> notFound(NotInReadModel exception) {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND,
                exception.caseName() + "-not-found", StringUtils.capitalize(exception.caseName()) + " not found",
                exception.getMessage()));
    }

    @ExceptionHandler(ReadModelBehind.class)
    ResponseEntity<Object> behind(ReadModelBehind exception) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, exception.code(), "Not caught up yet",
                        exception.getMessage()));
    }
}
