package org.saferboard.infrastructure.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.saferboard.infrastructure.durability.Durability;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one MongoDB client of a process, and the database SaferBoard uses. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SaferBoardMongoProperties.class)
public class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoEndpoint mongoEndpoint(SaferBoardMongoProperties properties) {
        return MongoEndpoint.from(properties);
    }

    /**
     * On a real MongoDB every write waits for a journaled majority of the replica set (w: majority,
     * j: true), whatever the URI says: a write that is answered survives the loss of the primary and
     * of power. The embedded server has no replicas and is made durable by commits instead.
     */
    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoEndpoint endpoint) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(endpoint.connectionString())
                .applicationName("saferboard");
        if (!endpoint.embedded()) {
            settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
        }
        return MongoClients.create(settings.build());
    }

    @Bean
    Durability durability(MongoEndpoint endpoint) {
        return endpoint.durability();
    }

    @Bean
    MongoDatabase saferBoardDatabase(MongoClient client, MongoEndpoint endpoint, SaferBoardMongoProperties properties) {
        String named = endpoint.connectionString().getDatabase();
        return client.getDatabase(named != null ? named : properties.database());
    }

    @Bean
    MongoHealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return new MongoHealthIndicator(database);
    }
}
