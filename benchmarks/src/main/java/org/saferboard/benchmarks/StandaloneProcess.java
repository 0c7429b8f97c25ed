package org.saferboard.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The standalone jar as a newcomer starts it (its own JVM, embedded MongoDB-protocol server, data in a
 * new directory): time from launch to healthy, and resident memory at idle and after actions are
 * raised through the REST API. Settings: {@code -Dstandalone.jar} (default the built exec jar),
 * {@code -Dstandalone.actions=100000}.
 */
final class StandaloneProcess {

    private static final Path DEFAULT_JAR = Path.of("standalone/target/standalone-0.1.0-SNAPSHOT-exec.jar");
    private static final long IDLE_SECONDS = 10;

    record Figures(Measures startSeconds, Measures idleRssMiB, int actions, long loadedRssKiB, double raisePerSecond) {

        String table() {
            return """
                    Standalone process (java -jar, embedded server with its H2 file, default JVM options)

                    | figure | value |
                    |---|---:|
                    | start-up to healthy, s, median (min–max) | %s |
                    | resident memory at idle, MiB, median (min–max) | %s |
                    | resident memory after %,d actions raised, MiB (one run) | %,d |
                    | RaiseAction rate while loading (4 client threads), commands/s (one run) | %s |
                    """.formatted(startSeconds.describe(), idleRssMiB.describe(), actions, loadedRssKiB / 1024,
                    Measures.format(raisePerSecond));
        }
    }

    private StandaloneProcess() {
    }

    /** The standalone jar to run: -Dstandalone.jar, or the one the build made. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("standalone.jar", DEFAULT_JAR.toString()));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " not found: build it first (see BENCHMARKS.md)");
        }
        return jar;
    }

    static Figures measure(BenchmarkSettings settings) throws Exception {
        Path jar = jar();
        int actions = Integer.getInteger("standalone.actions", 100_000);
        Measures startSeconds = new Measures();
        Measures idleRssMiB = new Measures();
        for (int round = 1; round < settings.rounds(); round++) {
            try (Launched launched = Launched.start(jar)) {
                startSeconds.add(launched.secondsToHealthy);
                TimeUnit.SECONDS.sleep(IDLE_SECONDS);
                idleRssMiB.add(launched.residentKiB() / 1024.0);
            }
        }
        try (Launched launched = Launched.start(jar)) {
            startSeconds.add(launched.secondsToHealthy);
            ApplicationBenchmark.progress("standalone: healthy after %.1f s", launched.secondsToHealthy);
            TimeUnit.SECONDS.sleep(IDLE_SECONDS);
            idleRssMiB.add(launched.residentKiB() / 1024.0);
            ApplicationBenchmark.Load.Http http = new ApplicationBenchmark.Load.Http(launched.port).signedIn();
            long start = System.nanoTime();
            raise(http, actions, "standalone-");
            double rate = actions / ((System.nanoTime() - start) / 1e9);
            ApplicationBenchmark.progress("standalone: %,d actions raised at %.0f/s", actions, rate);
            TimeUnit.SECONDS.sleep(IDLE_SECONDS);
            return new Figures(startSeconds, idleRssMiB, actions, launched.residentKiB(), rate);
        }
    }

    /** Raises actions with ids prefix-0, prefix-1, ... from four client threads, and returns when all are answered. */
    static void raise(ApplicationBenchmark.Load.Http http, int actions, String prefix) throws Exception {
        int threads = 4;
        List<Thread> clients = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            int first = thread;
            Thread client = new Thread(() -> {
                for (int action = first; action < actions; action += threads) {
                    http.expect(201, http.post("/api/actions", ApplicationBenchmark.Load.raiseBody(prefix + action)));
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
    }

    static final class Launched implements AutoCloseable {
        final Process process;
        final int port;
        final double secondsToHealthy;
        final Path dataDirectory;

        private Launched(Process process, int port, double secondsToHealthy, Path dataDirectory) {
            this.process = process;
            this.port = port;
            this.secondsToHealthy = secondsToHealthy;
            this.dataDirectory = dataDirectory;
        }

        static Launched start(Path jar, String... arguments) throws IOException {
            Path dataDirectory = Files.createTempDirectory("saferboard-benchmark");
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toAbsolutePath().toString()));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dataDirectory.resolve("standalone.log").toFile());
            builder.environment().put("PORT", Integer.toString(port));
            builder.environment().put("SAFERBOARD_DATA_DIR", dataDirectory.toString());
            builder.environment().remove("SAFERBOARD_MONGODB_URI");
            builder.environment().put("SAFERBOARD_ADMIN_PASSWORD", ApplicationBenchmark.Load.Http.ADMIN_PASSWORD);
            long launched = System.nanoTime();
            Process process = builder.start();
            ApplicationBenchmark.Load.Http http = new ApplicationBenchmark.Load.Http(port);
            long deadline = launched + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("standalone did not become healthy; see " + dataDirectory.resolve("standalone.log"));
                }
                try {
                    if (http.status("/actuator/health") == 200) {
                        break;
                    }
                } catch (UncheckedIOException notListeningYet) {
                    // keep polling until the port opens
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            return new Launched(process, port, (System.nanoTime() - launched) / 1e9, dataDirectory);
        }

        long residentKiB() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            throw new IllegalStateException("no VmRSS for process " + process.pid());
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
