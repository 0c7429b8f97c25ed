package org.saferboard.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The MongoDB the tests talk to over a real wire connection: the one named by
 * SAFERBOARD_TEST_MONGODB_URI (a real MongoDB, which should name no database), or else one
 * mongo-java-server with the memory backend, started once for the test JVM. Every caller gets a
 * database of its own, so tests never see each other's events.
 */
public final class TestMongo {

    public static final String URI_VARIABLE = "SAFERBOARD_TEST_MONGODB_URI";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String serverUri;
    private static MongoClient sharedClient;
    private static Path secretsDirectory;

    private TestMongo() {
    }

    public static synchronized String uri() {
        if (serverUri == null) {
            String configured = System.getenv(URI_VARIABLE);
            if (configured != null && !configured.isBlank()) {
                serverUri = configured;
            } else {
                MongoServer server = new MongoServer(new MemoryBackend());
                server.bind("127.0.0.1", 0);
                // not stopped by a shutdown hook of its own: that hook would run beside Spring's, and the
                // cached test contexts' processors would log the closed connections; the JVM's exit ends it
                serverUri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
            }
        }
        return serverUri;
    }

    /** A new, empty database on one client shared by the test JVM, for tests that use the driver directly. */
    public static synchronized MongoDatabase newDatabase() {
        if (sharedClient == null) {
            sharedClient = MongoClients.create(uri());
        }
        return sharedClient.getDatabase(newDatabaseName());
    }

    public static String newDatabaseName() {
        return "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    }

    /** Spring properties that point an application at the test server and the given database, with the tests' administrator password. */
    public static Map<String, Object> properties(String databaseName) {
        return Map.of(
                "saferboard.mongodb.uri", uri(),
                "saferboard.mongodb.database", databaseName,
                "saferboard.mongodb.embedded.enabled", "false",
                "saferboard.security.admin-password", TestUsers.ADMIN_PASSWORD,
                // the first passwords the app writes (the demo users') go to a directory of the test's, not the checkout's ./data
                "saferboard.security.secrets-directory", secretsDirectory().toString());
    }

    private static synchronized Path secretsDirectory() {
        if (secretsDirectory == null) {
            try {
                secretsDirectory = Files.createTempDirectory("saferboard-test-secrets");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return secretsDirectory;
    }

    public static void register(DynamicPropertyRegistry registry) {
        String databaseName = newDatabaseName();
        properties(databaseName).forEach((name, value) -> registry.add(name, () -> value));
    }
}
