package org.saferboard.standalone.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.saferboard.infrastructure.security.SecurityConfiguration;
import org.saferboard.infrastructure.security.UserDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Present only when the standalone app is started with {@code --demo}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "demo")
public class DemoConfiguration {

    @Bean
    @Primary
    DemoClock demoClock() {
        return new DemoClock(Clock.systemUTC());
    }

    @Bean
    DemoUsers demoUsers(UserDirectory directory, PasswordEncoder passwords,
                        @Value(SecurityConfiguration.SECRETS_DIRECTORY) Path secrets) {
        return new DemoUsers(directory, passwords, secrets.resolve(DemoUsers.PASSWORD_FILE));
    }

    @Bean
    DemoBoard demoBoard(CommandGateway commandGateway, EventStore eventStore, DemoClock demoClock, ObjectMapper objectMapper) {
        return new DemoBoard(commandGateway, eventStore, demoClock, objectMapper);
    }
}
