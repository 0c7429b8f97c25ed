package org.saferboard.infrastructure;

import java.time.Clock;
import org.saferboard.infrastructure.eventstore.EventStoreConfiguration;
import org.saferboard.infrastructure.security.SecurityConfiguration;
import org.saferboard.infrastructure.web.OpenApiConfiguration;
import org.saferboard.infrastructure.web.RequestProblemsAdvice;
import org.saferboard.infrastructure.web.WebEdgeConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What every SaferBoard process shares: MongoDB, the event store, sign-in and access rules, the clock and HTTP error handling. */
@Configuration(proxyBeanMethods = false)
@Import({EventStoreConfiguration.class, SecurityConfiguration.class, RequestProblemsAdvice.class, OpenApiConfiguration.class, WebEdgeConfiguration.class})
public class InfrastructureConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
