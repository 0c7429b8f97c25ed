package org.saferboard.standalone;

import java.util.HashMap;
import java.util.Map;
import org.saferboard.query.QuerySideApplication;
import org.saferboard.testing.Http;
import org.saferboard.testing.TestMongo;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The processes of the split deployment, each a Spring context of its own on a random port, all on one test database. */
final class SplitProcesses {

    private SplitProcesses() {
    }

    static ConfigurableApplicationContext start(SpringApplicationBuilder application, String databaseName) {
        return start(application, databaseName, Map.of());
    }

    /**
     * A query side as its own jar runs it: with its processors' settings, which its application.yml
     * imports (on this class path application.yml is the standalone's).
     */
    static ConfigurableApplicationContext startQuerySide(String databaseName, Map<String, Object> extraProperties) {
        Map<String, Object> properties = new HashMap<>(extraProperties);
        properties.put("spring.config.import", "classpath:query-side-processors.yml");
        return start(new SpringApplicationBuilder(QuerySideApplication.class), databaseName, properties);
    }

    static ConfigurableApplicationContext start(SpringApplicationBuilder application, String databaseName,
                                                Map<String, Object> extraProperties) {
        Map<String, Object> properties = new HashMap<>(TestMongo.properties(databaseName));
        properties.putAll(extraProperties);
        properties.put("server.port", "0");
        // as each process's own settings set it for the gateway (the standalone's is the one on this class path)
        properties.put("server.forward-headers-strategy", "native");
        // as command-line arguments, so that they win over every application.yml on the class path
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return application.run(arguments);
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static Http http(ConfigurableApplicationContext context) {
        return new Http(port(context));
    }
}
