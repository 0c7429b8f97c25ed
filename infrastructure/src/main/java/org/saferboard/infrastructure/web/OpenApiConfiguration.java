package org.saferboard.infrastructure.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs with Swagger UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI saferBoardOpenApi() {
        return new OpenAPI().info(new Info()
                .title("SaferBoard API")
                .version("0.1")
                .description("""
                        Case and action tracker for multi-agency partnership boards. Writes (POST under /api) \
                        are commands; each answers with the new version of what it changed and a readAfter \
                        position that the read API (GET) can wait for. Errors are application/problem+json."""));
    }
}
