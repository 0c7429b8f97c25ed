package org.saferboard.command.config;

import java.time.Duration;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway every write goes through, retrying a command that lost a race with another writer (see
 * ConcurrentChangeRetries): several command-side processes may write to one event store.
 */
@Configuration(proxyBeanMethods = false)
public class CommandGatewayConfiguration {

    @Bean
    ConcurrentChangeRetries concurrentChangeRetries(@Value("${saferboard.commands.concurrent-change-retries:10}") int retries) {
        return new ConcurrentChangeRetries(retries, Duration.ofMillis(5), Duration.ofMillis(250));
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ConcurrentChangeRetries concurrentChangeRetries) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(concurrentChangeRetries).build();
    }
}
