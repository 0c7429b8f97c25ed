package org.saferboard.infrastructure.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every SaferBoard process does at its HTTP edge, before and around Spring MVC: request
 * screening (body size, query text, query parameter names), strict JSON, and problem+json for every
 * error it serves, the servlet container's own included.
 */
@Configuration(proxyBeanMethods = false)
@Import({StrictJsonConfiguration.class, ProblemErrorController.class})
public class WebEdgeConfiguration implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<RequestScreeningFilter> requestScreeningFilter(
            @Value("${saferboard.http.max-request-body:1MB}") DataSize maxRequestBody) {
        FilterRegistrationBean<RequestScreeningFilter> registration = new FilterRegistrationBean<>(
                new RequestScreeningFilter(maxRequestBody));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new KnownParametersInterceptor()).addPathPatterns("/api/**");
    }

    /**
     * Replaces Tomcat's HTML error report, including the one Spring Boot adds to hide stack traces,
     * with problem+json. Ordered last so that it sees the valve Spring Boot's customizer adds.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return new OrderedTomcatCustomizer();
    }

    private static final class OrderedTomcatCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container parent = context.getParent();
                for (Valve valve : parent.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        parent.getPipeline().removeValve(valve);
                    }
                }
                if (parent instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
