package org.saferboard.webapp;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.saferboard.command.CommandSideApplication;
import org.saferboard.infrastructure.InfrastructureConfiguration;
import org.saferboard.infrastructure.QuietStartup;
import org.saferboard.query.QuerySideApplication;
import org.saferboard.web.WebConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The pages on their own, for the split deployment (docker-compose's "web" service, behind the gateway that sends
 * the API's reads to the query side and its writes to the command side, and everything else here). A page needs
 * to read and to change in one signed-in session, so this process holds both: the cases, which it loads from and
 * writes to the shared event store like the command side (the store's unique index settles concurrent writers),
 * and the read models' queries, which it answers from the collections the query side keeps. It runs no
 * projection: its event processors never start, so it claims no token and writes no read model, and a page
 * after a change waits until the query side's projection holds it. Its settings are {@code saferboard-web.yml}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.saferboard.command", "org.saferboard.query"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {CommandSideApplication.class, QuerySideApplication.class}))
@Import({InfrastructureConfiguration.class, WebConfiguration.class})
public class WebApplication {

    /** The name of this process's settings file, so that another application.yml on the class path is not read instead. */
    public static final String CONFIG_NAME = "saferboard-web";

    public static void main(String[] args) {
        QuietStartup.apply();
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(WebApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    /** The query side keeps the read models: here every event processor is made, for the queries, and never started. */
    @Autowired
    void projectionsRunOnTheQuerySide(EventProcessingConfigurer configurer) {
        configurer.registerTrackingEventProcessorConfiguration(
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andAutoStart(false));
    }
}
