package org.saferboard.infrastructure.mongo;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.saferboard.infrastructure.durability.Durability;
import org.saferboard.infrastructure.durability.EmbeddedStore;
import org.saferboard.infrastructure.durability.EventJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB that this process talks to: the configured one, or an embedded MongoDB-protocol server
 * (mongo-java-server with its H2 file backend) that this process starts and stops. Either way the
 * real MongoDB driver connects to it over TCP. It also says how a write becomes durable there.
 */
public final class MongoEndpoint implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoEndpoint.class);
    private static final String EMBEDDED_FILE_NAME = "saferboard.mv";

    private final ConnectionString connectionString;
    private final MongoServer embeddedServer;
    private final EmbeddedStore embeddedStore;
    private final String exclusiveOwner;

    private MongoEndpoint(ConnectionString connectionString, MongoServer embeddedServer, EmbeddedStore embeddedStore,
                          String exclusiveOwner) {
        this.connectionString = connectionString;
        this.embeddedServer = embeddedServer;
        this.embeddedStore = embeddedStore;
        this.exclusiveOwner = exclusiveOwner;
    }

    public static MongoEndpoint from(SaferBoardMongoProperties properties) {
        if (properties.hasUri()) {
            // every write is acknowledged by a journaled majority (see MongoConfiguration): durable when answered
            return new MongoEndpoint(new ConnectionString(properties.uri()), null, null, null);
        }
        if (properties.embedded().enabled()) {
            return startEmbedded(properties.embedded().dataDirectory());
        }
        throw new IllegalStateException("No MongoDB configured: set SAFERBOARD_MONGODB_URI (saferboard.mongodb.uri) "
                + "or enable the embedded server with saferboard.mongodb.embedded.enabled=true");
    }

    private static MongoEndpoint startEmbedded(Path dataDirectory) {
        Path file = dataDirectory.resolve(EMBEDDED_FILE_NAME).toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + file.getParent(), e);
        }
        // opened here rather than by H2Backend so that writers can make it durable (see EmbeddedStore)
        EmbeddedStore store = EmbeddedStore.open(file);
        MongoServer server = new MongoServer(store.backend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB-protocol server on {}:{}, data in {}", address.getHostString(), address.getPort(), file);
        return new MongoEndpoint(new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()), server,
                store, "saferboard@" + file);
    }

    public ConnectionString connectionString() {
        return connectionString;
    }

    public boolean embedded() {
        return embeddedServer != null;
    }

    /** What makes this process's completed writes durable. */
    public Durability durability() {
        return embeddedStore == null ? Durability.EVERY_WRITE_ACKNOWLEDGED_DURABLE : embeddedStore.durability();
    }

    /** The journal that makes appended events durable on the embedded store; empty on MongoDB, whose write concern does. */
    public Optional<EventJournal> eventJournal() {
        return embeddedStore == null ? Optional.empty() : embeddedStore.journal();
    }

    /**
     * A name for the one process that can use this store, when only one can (the embedded server's
     * file is locked by its process): processors that name themselves by it resume their work at
     * once after a crash, instead of waiting for the dead process's claims to expire.
     */
    public Optional<String> exclusiveOwner() {
        return Optional.ofNullable(exclusiveOwner);
    }

    @Override
    public void close() {
        if (embeddedServer != null) {
            embeddedStore.close();
            embeddedServer.shutdown();
        }
    }
}
