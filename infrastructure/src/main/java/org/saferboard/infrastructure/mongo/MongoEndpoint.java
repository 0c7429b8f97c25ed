package org.saferboard.infrastructure.mongo;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB that this process talks to: the configured one, or an embedded MongoDB-protocol server
 * (mongo-java-server with its H2 file backend) that this process starts and stops. Either way the
 * real MongoDB driver connects to it over TCP.
 */
public final class MongoEndpoint implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoEndpoint.class);
    private static final String EMBEDDED_FILE_NAME = "saferboard.mv";

    private final ConnectionString connectionString;
    private final MongoServer embeddedServer;

    private MongoEndpoint(ConnectionString connectionString, MongoServer embeddedServer) {
        this.connectionString = connectionString;
        this.embeddedServer = embeddedServer;
    }

    public static MongoEndpoint from(SaferBoardMongoProperties properties) {
        if (properties.hasUri()) {
            return new MongoEndpoint(new ConnectionString(properties.uri()), null);
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
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB-protocol server on {}:{}, data in {}", address.getHostString(), address.getPort(), file);
        return new MongoEndpoint(
                new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()), server);
    }

    public ConnectionString connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        if (embeddedServer != null) {
            embeddedServer.shutdown();
        }
    }
}
