package org.saferboard.standalone;

import java.util.Optional;
import org.saferboard.command.CommandSideApplication;
import org.saferboard.infrastructure.InfrastructureConfiguration;
import org.saferboard.infrastructure.QuietStartup;
import org.saferboard.infrastructure.projection.ProjectionProcessingConfiguration;
import org.saferboard.query.QuerySideApplication;
import org.saferboard.standalone.demo.DemoConfiguration;
import org.saferboard.standalone.maintenance.MaintenanceTasks;
import org.saferboard.standalone.maintenance.RebuildConfiguration;
import org.saferboard.standalone.maintenance.RestoreConfiguration;
import org.saferboard.web.WebConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * Both sides and the pages in one process on port 8080. With no MongoDB URI it starts an embedded
 * MongoDB-protocol server whose data lives under ./data. With {@code --demo} it loads the seed
 * board's 2015 meetings. With {@code --verify-chain} or {@code --backup=FILE} it does that and exits
 * (see {@link MaintenanceTasks}); with {@code --restore=FILE} it first restores a backup into its empty
 * event log; with {@code --rebuild} it rebuilds the read models from the log while it serves.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.saferboard.command", "org.saferboard.query"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {CommandSideApplication.class, QuerySideApplication.class}))
@Import({InfrastructureConfiguration.class, ProjectionProcessingConfiguration.class, DemoConfiguration.class, WebConfiguration.class,
        RestoreConfiguration.class, RebuildConfiguration.class})
public class StandaloneApplication {

    public static void main(String[] args) {
        QuietStartup.apply();
        Optional<Integer> maintenanceExit = MaintenanceTasks.runIfAsked(StandaloneApplication.class, args, System.out);
        if (maintenanceExit.isPresent()) {
            System.exit(maintenanceExit.get());
        }
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
