package org.saferboard.query;

import org.saferboard.infrastructure.InfrastructureConfiguration;
import org.saferboard.infrastructure.QuietStartup;
import org.saferboard.infrastructure.projection.ProjectionProcessingConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The read side on its own: projections of the event log into MongoDB and the read API (GET). */
@SpringBootApplication
@Import({InfrastructureConfiguration.class, ProjectionProcessingConfiguration.class})
public class QuerySideApplication {

    public static void main(String[] args) {
        QuietStartup.apply();
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
