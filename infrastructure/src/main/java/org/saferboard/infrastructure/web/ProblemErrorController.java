package org.saferboard.infrastructure.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors the servlet container sends to {@code /error} (a filter's failure, a response sent as an
 * error) as problem+json, in place of Spring Boot's error page and its JSON; {@code /error} asked for
 * directly is a page that does not exist.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status) || status < 400) {
            return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    "There is no page " + request.getRequestURI() + "."));
        }
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus shown = known != null ? known : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = shown.is5xxServerError()
                ? "Something went wrong on our side; nothing you did caused it."
                : shown.getReasonPhrase() + " (" + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + ").";
        ProblemDetail problem = Problems.problem(shown, ErrorCodes.codeFor(shown.value()), shown.getReasonPhrase(), detail);
        return Problems.response(problem);
    }
}
