package dev.helpdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A help desk server of its own, started from the prepared WildFly like an operator starts it (bin/standalone.sh),
 * with its own base directory, ports shifted by {@code portOffset}, and the EAR in its deployments directory.
 * It can be killed with SIGKILL and started again on the same data.
 */
final class StandaloneServer implements AutoCloseable {

    /**
     * The JVM options of every test server: C1 only and the serial collector boot the help desk in about 15 s
     * instead of 23 s on two cores, and the tests run no slower (measured); production keeps WildFly's defaults.
     */
    static final String JVM_OPTIONS = "-Xms256m -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private final Path jbossHome = Path.of(System.getProperty("jboss.home"));
    private final Path baseDir;
    private final int portOffset;
    private final Map<String, String> environment;
    private final List<String> systemProperties;
    private Process launcher;

    StandaloneServer(Path baseDir, int portOffset, Map<String, String> environment) {
        this(baseDir, portOffset, environment, List.of());
    }

    /** {@code systemProperties} are {@code -Dname=value} options for the server's JVM. */
    StandaloneServer(Path baseDir, int portOffset, Map<String, String> environment, List<String> systemProperties) {
        this.baseDir = baseDir;
        this.portOffset = portOffset;
        this.environment = new HashMap<>(environment);
        this.environment.putIfAbsent("JBOSS_JAVA_SIZING", JVM_OPTIONS);
        // the tests reach a server at 127.0.0.1 on its ports: its links and redirects must say so too
        this.environment.putIfAbsent("HELPDESK_PUBLIC_URL", "http://127.0.0.1:" + (8080 + portOffset) + "/helpdesk");
        this.systemProperties = systemProperties;
    }

    /** Changes a variable of the server's environment from its next {@link #start} on. */
    void setEnvironment(String name, String value) {
        environment.put(name, value);
    }

    int managementPort() {
        return 9990 + portOffset;
    }

    /** The server's public address: plain HTTP on its port unless the environment names another. */
    String baseUrl() {
        return environment.get("HELPDESK_PUBLIC_URL");
    }

    /** Copies the configuration and the EAR into a fresh base directory. */
    void prepare() {
        try {
            deleteRecursively(baseDir);
            copyRecursively(jbossHome.resolve("standalone/configuration"), baseDir.resolve("configuration"));
            Files.createDirectories(baseDir.resolve("deployments"));
            Files.copy(Path.of(System.getProperty("helpdesk.ear")), baseDir.resolve("deployments/helpdesk.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server and waits until the help desk answers its API with the given token. */
    void start(String token) {
        try {
            Files.deleteIfExists(baseDir.resolve("deployments/helpdesk.ear.deployed"));
            Files.deleteIfExists(baseDir.resolve("deployments/helpdesk.ear.failed"));
            List<String> command = new ArrayList<>(List.of(jbossHome.resolve("bin/standalone.sh").toString(),
                    "-Djboss.server.base.dir=" + baseDir,
                    "-Djboss.socket.binding.port-offset=" + portOffset,
                    "-Djboss.node.name=standalone-" + portOffset));
            command.addAll(systemProperties);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolve("console.log").toFile()));
            builder.environment().putAll(environment);
            launcher = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            awaitApi(token, Duration.ofMinutes(3));
        } catch (RuntimeException e) {
            // a server that did not come up must not hold the ports for the next run
            stop();
            throw e;
        }
    }

    /** SIGKILL to the server's JVM: no shutdown hook, no flush, as when the machine loses power to the process. */
    void kill() {
        Optional<ProcessHandle> jvm = serverJvm();
        jvm.ifPresent(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly();
        jvm.ifPresent(p -> p.onExit().join());
        launcher.onExit().join();
    }

    /** Asks the server to shut down as an operator's Ctrl-C would, and waits for it; kills it if it hangs. */
    void stop() {
        Optional<ProcessHandle> jvm = serverJvm();
        jvm.ifPresent(ProcessHandle::destroy);
        try {
            if (jvm.isPresent()) {
                jvm.get().onExit().get(60, TimeUnit.SECONDS);
            }
            launcher.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // it did not stop in time: killed below
        }
        if (launcher.isAlive() || jvm.map(ProcessHandle::isAlive).orElse(false)) {
            kill();
        }
    }

    @Override
    public void close() {
        if (launcher != null && launcher.isAlive()) {
            kill();
        }
    }

    private Optional<ProcessHandle> serverJvm() {
        return launcher.descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("jboss-modules.jar"))
                .findFirst();
    }

    private void awaitApi(String token, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().sslContext(Tls.trustingAnyCertificate()).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; see " + baseDir.resolve("console.log"));
            }
            if (Files.exists(baseDir.resolve("deployments/helpdesk.ear.failed"))) {
                throw new IllegalStateException("The EAR failed to deploy: " + read(baseDir.resolve(
                        "deployments/helpdesk.ear.failed")) + "; see " + baseDir.resolve("log/server.log"));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                                URI.create(baseUrl() + "/api/v1/departments"))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("The help desk did not come up in " + timeout);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Under the postgresql profile, points the server at a fresh database of its own on the same PostgreSQL, so that
     * it shares no data with the server the other tests use (they may run at the same time).
     */
    static void ownDatabase(Map<String, String> environment, String database) {
        String url = System.getenv("HELPDESK_DB_URL");
        if (!"postgresql".equals(System.getenv("HELPDESK_DB_DRIVER")) || url == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, System.getenv("HELPDESK_DB_USER"),
                System.getenv("HELPDESK_DB_PASSWORD")); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the database " + database, e);
        }
        environment.put("HELPDESK_DB_URL", url.substring(0, url.lastIndexOf('/') + 1) + database);
    }

    /** The directory, emptied of what an earlier run left there: a test that starts its own server starts afresh. */
    static Path emptied(Path dir) {
        try {
            deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
