package org.saferboard.standalone.maintenance;

import java.util.Arrays;
import java.util.List;
import org.saferboard.query.ReadModelRebuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code --rebuild} (every read model) or {@code --rebuild=action-log-v4,meeting-view}: once the app
 * has started, rebuilds those read models from the event log while it serves (see
 * {@link ReadModelRebuilder}); the progress is in the log every 5 seconds and at {@code /api/read-models}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "rebuild")
public class RebuildConfiguration {

    @Bean
    ApplicationRunner rebuildReadModels(ReadModelRebuilder rebuilder, @Value("${rebuild}") String names) {
        return arguments -> {
            List<String> chosen = names.isBlank() ? List.of() : Arrays.stream(names.split(",")).map(String::trim).toList();
            rebuilder.start(chosen);
        };
    }
}
