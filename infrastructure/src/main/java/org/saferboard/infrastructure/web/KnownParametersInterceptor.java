package org.saferboard.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter the endpoint does not take, with 400 naming it and the ones it takes: a
 * misspelt filter ({@code stauts=OPEN}) or an operator smuggled in a name ({@code owner[$ne]=x})
 * would otherwise be ignored silently and answer as if no filter were given.
 */
public class KnownParametersInterceptor implements HandlerInterceptor {

    private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

    private final ConcurrentHashMap<HandlerMethod, Set<String>> takenByHandler = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> taken = takenByHandler.computeIfAbsent(method, KnownParametersInterceptor::queryParameters);
        for (String name : request.getParameterMap().keySet()) {
            if (!taken.contains(name)) {
                String detail = taken.isEmpty() ? "this request takes no query parameters" : "this request takes " + String.join(", ", taken);
                Problems.write(response, RequestProblemsAdvice.invalidFieldsProblem(List.of(
                        new FieldError(name, "is not a query parameter of this request; " + detail))));
                return false;
            }
        }
        return true;
    }

    private static Set<String> queryParameters(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(PARAMETER_NAMES);
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
