package org.saferboard.infrastructure.web;

import org.springframework.http.HttpStatus;

/** The stable problem code of an HTTP status that no handler of ours gave a code of its own. */
final class ErrorCodes {

    private ErrorCodes() {
    }

    static String codeFor(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            return "http-" + status;
        }
        return switch (known) {
            case BAD_REQUEST -> "malformed-request";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case PAYLOAD_TOO_LARGE -> "request-too-large";
            case URI_TOO_LONG -> "path-too-long";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "headers-too-large";
            default -> known.is5xxServerError() ? "unexpected-error" : "http-" + status;
        };
    }
}
