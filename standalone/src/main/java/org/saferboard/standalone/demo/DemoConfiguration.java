package org.saferboard.standalone.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

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
    DemoBoard demoBoard(CommandGateway commandGateway, EventStore eventStore, DemoClock demoClock, ObjectMapper objectMapper) {
        return new DemoBoard(commandGateway, eventStore, demoClock, objectMapper);
    }
}
