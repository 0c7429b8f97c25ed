package org.saferboard.command.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The If-Match parameter of the write endpoints: resolved from the header, and described as that header in the OpenAPI. */
@Configuration(proxyBeanMethods = false)
class WriteApiConfiguration implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(IfMatch.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new IfMatch.Resolver());
    }

    @Bean
    OperationCustomizer ifMatchHeaderDescribed() {
        return (operation, handler) -> {
            boolean takesIfMatch = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == IfMatch.class);
            if (takesIfMatch) {
                operation.addParametersItem(new HeaderParameter().name(IfMatch.HEADER).required(false)
                        .description(IfMatch.DESCRIPTION).schema(new StringSchema().example("\"2\"")));
            }
            return operation;
        };
    }
}
