package org.saferboard.command;

import org.saferboard.infrastructure.InfrastructureConfiguration;
import org.saferboard.infrastructure.QuietStartup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The write side on its own: aggregates, command handlers and the write API (non-GET under /api). */
@SpringBootApplication
@Import(InfrastructureConfiguration.class)
public class CommandSideApplication {

    public static void main(String[] args) {
        QuietStartup.apply();
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
