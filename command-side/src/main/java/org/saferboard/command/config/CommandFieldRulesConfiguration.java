package org.saferboard.command.config;

import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The field rules written on the command records (Jakarta Bean Validation, see
 * {@code org.saferboard.api.rules}) are checked on the command bus, before any aggregate is loaded,
 * for every command whoever sends it: the HTTP API, the demo loader, or a case sending another a
 * command. A violation is answered as a 400 naming the fields; aggregates keep only the rules that
 * need the case's state or the clock.
 */
@Configuration(proxyBeanMethods = false)
public class CommandFieldRulesConfiguration {

    @Bean
    InitializingBean commandsCheckedOnTheBus(CommandBus commandBus, ValidatorFactory validatorFactory) {
        return () -> commandBus.registerHandlerInterceptor(new BeanValidationInterceptor<>(validatorFactory));
    }
}
