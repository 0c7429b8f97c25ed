package org.saferboard.infrastructure.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs with Swagger UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    private static final String BASIC = "basic";
    private static final String BEARER = "bearer";

    @Bean
    OpenAPI saferBoardOpenApi() {
        return new OpenAPI()
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("a SaferBoard username and password"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("a token from the council's sign-in service, when one is configured")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .info(new Info()
                .title("SaferBoard API")
                .version("0.1")
                .description("""
                        Case and action tracker for multi-agency partnership boards. Writes (POST under /api) \
                        are commands; each answers with the new version of what it changed and a readAfter \
                        position that the read API (GET) can wait for. Errors are application/problem+json.                         Every request is signed in (HTTP Basic or a bearer token); what each role may do is in                         the README's access rules table, and a 403 names the roles a request needs."""));
    }
}
