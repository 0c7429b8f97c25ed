package org.saferboard.standalone.maintenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.saferboard.infrastructure.ProgressLog;
import org.saferboard.infrastructure.eventstore.EventLogBackup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code --restore=FILE}: restores a backup of the event log into this app's empty event log as it
 * starts, then goes on serving; the projections, which start from an empty log, rebuild every read
 * model from the restored events (their progress is in the log and at {@code /api/read-models}). A
 * log that holds events, or a file that is damaged, cut short or altered, stops the start with the
 * reason and leaves the store as it was.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "restore")
public class RestoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RestoreConfiguration.class);

    @Bean
    ApplicationRunner restoreBackup(EventLogBackup backup, @Value("${restore}") String file,
                                    @Value("${demo:#{null}}") String demo) {
        return arguments -> {
            if (demo != null) {
                throw new IllegalStateException("--restore and --demo cannot be given together: a backup is restored into an empty event log");
            }
            Path source = Path.of(file).toAbsolutePath();
            log.info("Restoring the event log from {}", source);
            try (InputStream input = Files.newInputStream(source)) {
                EventLogBackup.RestoreSummary restored = backup.restore(input, new ProgressLog(log, "Restoring the event log", 0)::accept);
                log.info("Restored {} events up to index {} (head {}); the read models are being rebuilt from them",
                        restored.events(), restored.upToIndex(), restored.head());
            } catch (NoSuchFileException e) {
                throw new IllegalStateException("There is no backup file at " + source, e);
            } catch (IOException e) {
                throw new UncheckedIOException("The backup at " + source + " could not be read: " + e.getMessage(), e);
            }
        };
    }
}
