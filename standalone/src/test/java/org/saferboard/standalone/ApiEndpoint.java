package org.saferboard.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One endpoint of the API as the application's own handler mappings list it, so that tests going over every
 * endpoint cover one added later without being told.
 */
record ApiEndpoint(RequestMethod method, String pattern, HandlerMethod handler) {

    Class<?> bodyType() {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    List<String> queryParameters() {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                names.add(requestParam.name().isEmpty() ? handler.getMethod().getParameters()[parameter.getParameterIndex()]
                        .getName() : requestParam.name());
            }
        }
        return names;
    }

    String path(Map<String, String> values) {
        Matcher variable = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = values.get(variable.group(1));
            assertThat(value).as("a value for {" + variable.group(1) + "} in " + pattern + "; add it to PATH_VALUES").isNotNull();
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return variable.appendTail(path).toString();
    }

    List<String> pathVariables() {
        List<String> names = new ArrayList<>();
        Matcher variable = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(pattern);
        while (variable.find()) {
            names.add(variable.group(1));
        }
        return names;
    }

    boolean writes() {
        return method != RequestMethod.GET;
    }

    /** Every endpoint under /api, one per method and path pattern. */
    static List<ApiEndpoint> all(RequestMappingHandlerMapping handlerMapping) {
        List<ApiEndpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : handlerMapping.getHandlerMethods().entrySet()) {
            Set<String> patterns = mapping.getKey().getPatternValues();
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.startsWith("/api/")) {
                    for (RequestMethod method : methods) {
                        endpoints.add(new ApiEndpoint(method, pattern, mapping.getValue()));
                    }
                }
            }
        }
        return endpoints;
    }
}
