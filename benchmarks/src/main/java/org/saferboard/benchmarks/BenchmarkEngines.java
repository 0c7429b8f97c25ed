package org.saferboard.benchmarks;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.saferboard.infrastructure.eventstore.EventStorageEngines;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The event storage engines compared, and the bean that puts the chosen one under the application. */
@Configuration(proxyBeanMethods = false)
class BenchmarkEngines {

    static final String IN_MEMORY = "Axon in-memory";
    static final String AXON_MONGO = "axon-mongo";
    static final String GLOBAL_INDEX = "global index (ours)";
    static final List<String> NAMES = List.of(IN_MEMORY, AXON_MONGO, GLOBAL_INDEX);

    /** The engines named in -Dengines (comma-separated), or all; the in-memory one first, as the ratios' base. */
    static List<String> selected() {
        String named = System.getProperty("engines");
        return named == null ? NAMES : NAMES.stream().filter(engine -> List.of(named.split(",")).contains(engine)).toList();
    }

    @Bean
    @Primary
    EventStorageEngine benchmarkedEventStorageEngine(@Value("${benchmark.engine}") String engine, MongoDatabase saferBoardDatabase) {
        return create(engine, saferBoardDatabase);
    }

    static EventStorageEngine create(String engine, MongoDatabase database) {
        return switch (engine) {
            case IN_MEMORY -> new InMemoryEventStorageEngine();
            case AXON_MONGO -> axonMongo(database);
            case GLOBAL_INDEX -> globalIndex(database);
            default -> throw new IllegalArgumentException("Unknown engine " + engine + "; known: " + NAMES);
        };
    }

    static EventStorageEngine axonMongo(MongoDatabase database) {
        return EventStorageEngines.axonMongo(database);
    }

    static EventStorageEngine globalIndex(MongoDatabase database) {
        return EventStorageEngines.globalIndex(database, Clock.systemUTC(), Duration.ofSeconds(60), 100);
    }
}
