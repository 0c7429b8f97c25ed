package org.saferboard.infrastructure.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.saferboard.api.InvalidFieldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns malformed and invalid requests into 400 problem+json that names the field, and anything
 * unexpected into a 500 problem that carries a reference but no internals. Each side adds its own
 * advice for domain refusals, ordered before this one.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class RequestProblemsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(RequestProblemsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return invalidFields(exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage())));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        return invalidFields(exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage()))));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException exception) {
        return invalidFields(exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(lastNode(violation.getPropertyPath().toString()), violation.getMessage())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable tooLarge = causeOfType(exception, RequestScreeningFilter.BodyTooLarge.class);
        if (tooLarge != null) {
            return Problems.response(Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large", "Request too large",
                    "The request body is larger than " + ((RequestScreeningFilter.BodyTooLarge) tooLarge).limit() / 1024
                            + " KB, the most SaferBoard accepts."));
        }
        if (causeOfType(exception, StreamConstraintsException.class) != null) {
            return Problems.response(Problems.problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                    "The request body is nested too deeply or holds a value too long to be a SaferBoard request."));
        }
        if (exception.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return invalidFields(List.of(new FieldError(field, unreadableValueMessage(mapping))));
        }
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request body is missing or is not valid JSON.");
        return Problems.response(problem);
    }

    /** Every problem this advice and Spring's own handlers answer is application/problem+json, whatever was accepted. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, statusCode);
    }

    private static final Pattern IN_PENCE = Pattern.compile("Pence(?=$|[.\\[])");

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> handleInvalidRequest(InvalidFieldException exception) {
        return invalidFields(List.of(new FieldError(exception.field(), exception.getMessage())));
    }

    /**
     * A command that breaks the field rules written on it, found on the command bus. The fields are
     * named as the API names them: a command holds money as {@code amountPence} where the request
     * says {@code amount}.
     */
    @ExceptionHandler(JSR303ViolationException.class)
    ResponseEntity<Object> handleCommandViolations(JSR303ViolationException exception) {
        return invalidFields(exception.getViolations().stream()
                .map(violation -> new FieldError(IN_PENCE.matcher(violation.getPropertyPath().toString()).replaceAll(""),
                        violation.getMessage())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException exception) {
        Class<?> type = exception.getRequiredType();
        String message = "cannot read '" + exception.getValue() + "'";
        if (type != null && type.isEnum()) {
            message += "; expected one of " + Arrays.toString(type.getEnumConstants());
        } else if (type != null) {
            message += " as " + type.getSimpleName();
        }
        return invalidFields(List.of(new FieldError(exception.getName(), message)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception exception) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, exception);
        ProblemDetail problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected-error",
                "Unexpected error", "Something went wrong on our side; nothing you did caused it. Reference " + reference + ".");
        return Problems.response(problem);
    }

    private static ResponseEntity<Object> invalidFields(List<FieldError> errors) {
        return Problems.response(invalidFieldsProblem(errors));
    }

    /** The errors by field name (then message), so that an answer lists them the same way every time. */
    private static ResponseEntity<Object> invalidFields(Stream<FieldError> errors) {
        return invalidFields(errors.sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList());
    }

    /** 400 naming each refused field and what is wrong with it. */
    public static ProblemDetail invalidFieldsProblem(List<FieldError> errors) {
        String detail = errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                detail.isEmpty() ? "The request is not valid." : detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Throwable causeOfType(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    private static String unreadableValueMessage(JsonMappingException mapping) {
        if (mapping instanceof RejectedValue rejected) {
            return rejected.reason();
        }
        if (mapping instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (mapping instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "cannot read '" + invalid.getValue() + "'; expected one of "
                        + Arrays.toString(target.getEnumConstants());
            }
            if (target != null && target.getName().equals("java.time.LocalDate")) {
                return "cannot read '" + invalid.getValue() + "' as a date; expected yyyy-MM-dd";
            }
            return "cannot read '" + invalid.getValue() + "' as " + (target == null ? "this field" : target.getSimpleName());
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "has the wrong type; expected " + expected(mismatched.getTargetType());
        }
        if (mapping.getCause() != null && mapping.getCause().getClass().getName().startsWith("java.time")) {
            return "is not a valid date; expected yyyy-MM-dd";
        }
        return "cannot be read";
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return type.isRecord() ? "an object" : type.getSimpleName();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
