package org.saferboard.infrastructure.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
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

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoEndpoint endpoint) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(endpoint.connectionString())
                .applicationName("saferboard")
                .build());
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
