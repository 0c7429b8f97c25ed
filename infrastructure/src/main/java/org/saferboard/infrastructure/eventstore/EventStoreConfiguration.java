package org.saferboard.infrastructure.eventstore;

import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.saferboard.infrastructure.durability.Durability;
import org.saferboard.infrastructure.mongo.MongoConfiguration;
import org.saferboard.infrastructure.mongo.MongoEndpoint;
import org.saferboard.infrastructure.projection.ProcessingNodes;
import org.saferboard.infrastructure.projection.ProjectionTokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.util.function.SingletonSupplier;

/**
 * Axon on MongoDB without Axon Server: the event log and snapshots (our global-index storage engine),
 * tracking tokens (axon-mongo's token store), and the Jackson serializer for everything. axon-mongo
 * publishes no Spring Boot auto-configuration for Axon 4.12+, so its beans are declared here, once,
 * for both sides.
 */
@Configuration(proxyBeanMethods = false)
@Import(MongoConfiguration.class)
public class EventStoreConfiguration {

    /** Events stored under their classes' former names are read as the classes they are now (Axon registers upcaster beans). */
    @Bean
    EventsOfFormerPackages eventsOfFormerPackages() {
        return new EventsOfFormerPackages();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return AxonSerialization.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return AxonSerialization.serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return AxonSerialization.serializer();
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoDatabase saferBoardDatabase) {
        return DefaultMongoTemplate.builder().mongoDatabase(saferBoardDatabase).build();
    }

    /**
     * The event log. Events stored by an earlier version in axon-mongo's format are moved into it
     * once, before anything reads or writes (saferboard.event-store.legacy-migration=false skips that,
     * for a database that keeps axon-mongo's events for another reason, such as the benchmarks).
     */
    @Bean
    GlobalSequenceEventStorageEngine eventStorageEngine(MongoDatabase saferBoardDatabase, Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer, MongoEndpoint endpoint,
                                          ObjectProvider<org.axonframework.config.Configuration> axonConfiguration,
                                          @Value("${saferboard.event-store.gap-timeout:PT60S}") Duration gapTimeout,
                                          @Value("${saferboard.event-store.legacy-migration:true}") boolean migrateLegacyEvents) {
        // Gap expiry compares storage times across processes: it runs on the machine's real clock,
        // never on the business clock, which tests may fix.
        Clock storageClock = Clock.systemUTC();
        SingletonSupplier<SnapshotFilter> snapshotFilter = SingletonSupplier.of(() -> axonConfiguration.getObject().snapshotFilter());
        SingletonSupplier<EventUpcaster> upcasters = SingletonSupplier.of(() -> axonConfiguration.getObject().upcasterChain());
        GlobalSequenceEventStorageEngine engine = GlobalSequenceEventStorageEngine.builder()
                .database(saferBoardDatabase)
                .gapTimeout(gapTimeout)
                .clock(storageClock)
                .durability(endpoint.durability())
                .journal(endpoint.eventJournal().orElse(null))
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                // Axon's configuration knows the aggregates (each one's snapshot filter passes over
                // snapshots of another @Revision) and the upcasters; it is built after this engine, so
                // both are looked up when first used, as Axon's own JPA engine configuration does.
                .snapshotFilter(snapshot -> snapshotFilter.obtain().test(snapshot))
                .upcasterChain(events -> upcasters.obtain().upcast(events))
                .build();
        engine.ensureIndexes();
        engine.restoreFromJournal();
        if (migrateLegacyEvents) {
            new LegacyEventMigration(saferBoardDatabase, engine, storageClock).migrate();
        }
        return engine;
    }

    /**
     * The hash chain over the event log. {@code SAFERBOARD_CHAIN_KEY}, when set, makes every printed
     * head an HMAC under that key; it is read from the environment only and never stored.
     */
    @Bean
    EventChain eventChain(MongoDatabase saferBoardDatabase, @Value("${saferboard.event-store.gap-timeout:PT60S}") Duration gapTimeout,
                          @Value("${saferboard.chain.key:}") String chainKey) {
        if (!chainKey.isEmpty() && chainKey.length() < 32) {
            throw new IllegalStateException("SAFERBOARD_CHAIN_KEY must be at least 32 characters long (it has "
                    + chainKey.length() + "): a short key lets anyone who guesses it forge the chain's printed heads");
        }
        return new EventChain(saferBoardDatabase, gapTimeout, Clock.systemUTC(),
                chainKey.isEmpty() ? null : chainKey.getBytes(StandardCharsets.UTF_8));
    }

    @Bean
    EventChainKeeper eventChainKeeper(EventChain eventChain,
                                      @Value("${saferboard.chain.interval:PT0.25S}") Duration interval) {
        return new EventChainKeeper(eventChain, interval);
    }

    /** The events of the cases read as at a past instant most recently, kept in memory (at most this many events). */
    @Bean
    CaseHistories caseHistories(GlobalSequenceEventStorageEngine eventStorageEngine,
                                @Value("${saferboard.as-at.cached-events:50000}") long cachedEvents) {
        return new CaseHistories(eventStorageEngine, cachedEvents);
    }

    @Bean
    EventLogBackup eventLogBackup(MongoDatabase saferBoardDatabase, EventChain eventChain, Durability durability, Clock clock) {
        return new EventLogBackup(saferBoardDatabase, eventChain, durability, clock);
    }

    /** The processes that share the projections' segments, and the name this one claims them under. */
    @Bean
    ProcessingNodes processingNodes(MongoDatabase saferBoardDatabase, MongoEndpoint endpoint,
                                    @Value("${saferboard.projections.node-heartbeat:PT2S}") Duration heartbeat,
                                    @Value("${saferboard.projections.node-expiry:PT10S}") Duration expiry) {
        // liveness is compared across processes: the machine's real clock, never the business clock tests may fix
        return new ProcessingNodes(saferBoardDatabase, ProcessingNodes.nodeIdFor(endpoint.exclusiveOwner().orElse(null)),
                heartbeat, expiry, Clock.systemUTC());
    }

    /**
     * The projections' tracking tokens, stored only once the read-model writes they cover are durable;
     * a token that waits longer than saferboard.projections.forced-commit-interval for a commit forces one.
     */
    @Bean
    ProjectionTokenStore tokenStore(MongoTemplate axonMongoTemplate, MongoDatabase saferBoardDatabase, Serializer serializer,
                                    Durability durability, ProcessingNodes processingNodes,
                                    @Value("${saferboard.projections.forced-commit-interval:PT2S}") Duration forcedCommitInterval,
                                    @Value("${saferboard.projections.claim-timeout:PT10S}") Duration claimTimeout) {
        MongoTokenStore.Builder tokens = MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .nodeId(processingNodes.nodeId())
                .claimTimeout(claimTimeout)
                .ensureIndexes(true);
        return new ProjectionTokenStore(tokens.build(), saferBoardDatabase, serializer, durability, forcedCommitInterval,
                Clock.systemUTC());
    }
}
