package org.saferboard.command.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saferboard.api.InvalidFieldException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The version a writer says it saw in its If-Match header (an ETag such as "3"); null when it sent
 * none or If-Match: *. A write endpoint takes it as a parameter (resolved by {@link Resolver}, and
 * documented as the header by {@link WriteApiConfiguration}) and merges it with the body's
 * expectedVersion with {@link #or}.
 */
record IfMatch(Long version) {

    static final String HEADER = "If-Match";
    static final String DESCRIPTION = "the version you last saw, e.g. \"2\"; a stale one gets 409";
    private static final Pattern ENTITY_TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    static IfMatch parse(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return new IfMatch(null);
        }
        Matcher matcher = ENTITY_TAG.matcher(header.trim());
        if (!matcher.matches()) {
            throw new InvalidFieldException(HEADER, "must be the version as an ETag, e.g. \"3\"");
        }
        return new IfMatch(Long.parseLong(matcher.group(1)));
    }

    /** The expected version: this header's, or the body's when the header gave none; the two must agree when both are given. */
    Long or(Long expectedVersion) {
        if (version != null && expectedVersion != null && !version.equals(expectedVersion)) {
            throw new InvalidFieldException("expectedVersion", "is " + expectedVersion
                    + " but If-Match says " + version + "; send one or make them agree");
        }
        return version != null ? version : expectedVersion;
    }

    /** Resolves an {@link IfMatch} parameter of a handler method from the request's header. */
    static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == IfMatch.class;
        }

        @Override
        public IfMatch resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest,
                                       WebDataBinderFactory binderFactory) {
            return parse(webRequest.getHeader(HEADER));
        }
    }
}
