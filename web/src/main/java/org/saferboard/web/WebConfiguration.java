package org.saferboard.web;

import java.util.List;
import org.saferboard.infrastructure.security.BrowserPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The pages, in a process that holds both the read models and the cases (the standalone app): each page reads
 * through the query bus and the read models of its process, and each form sends its command on the command
 * bus, as the API does, with the same field rules, refusals and access rules.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class WebConfiguration {

    public static final String SIGN_IN = "/sign-in";
    public static final String SIGN_OUT = "/sign-out";

    @Bean
    BrowserPages browserPages() {
        return new BrowserPages(SIGN_IN, SIGN_OUT, List.of("/webjars/**", "/css/**", "/favicon.ico"));
    }
}
