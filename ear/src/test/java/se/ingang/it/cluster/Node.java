package se.ingang.it.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import se.ingang.itsupport.TestMailServer;

/**
 * One WildFly process of the server the build made, started like an operator would
 * (bin/standalone.sh), with its own copy of standalone/ (jboss.server.base.dir), a port
 * offset and a node name, on a shared database. Killed with SIGKILL on purpose by the tests,
 * and always at the end (also when the test JVM exits). Only processes started here are killed.
 */
final class Node implements AutoCloseable {

    private static final List<Node> STARTED = new CopyOnWriteArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(Node::kill)));
    }

    final String name;
    final int offset;
    final Path baseDir;
    private final Path home;
    private final Map<String, String> properties;
    private final String config;
    private Process process;

    Node(String name, int offset, Path workDir, Map<String, String> properties) {
        this(name, offset, workDir, properties, "standalone-ha.xml");
    }

    Node(String name, int offset, Path workDir, Map<String, String> properties, String config) {
        this.name = name;
        this.offset = offset;
        this.home = Path.of(System.getProperty("jboss.home"));
        this.baseDir = workDir.resolve(name);
        this.properties = properties;
        this.config = config;
    }

    /** What every test node needs: its name, the database, the test mail server, cheap password hashing. */
    static Map<String, String> settings(String nodeId, TestDatabase db) {
        var p = new HashMap<String, String>();
        p.put("ingang.node-id", nodeId);
        p.put("ingang.db.url", db.url);
        // The two users of README "Database user" (made for the cluster database by the build).
        p.put("ingang.db.user", System.getProperty("it.db.app.user"));
        p.put("ingang.db.password", System.getProperty("it.db.app.password"));
        p.put("ingang.db.migration-user", System.getProperty("it.db.migration.user"));
        p.put("ingang.db.migration-password", System.getProperty("it.db.migration.password"));
        p.put("ingang.db.pool", "20");
        p.put("ingang.demo", "false");
        p.put("ingang.smtp.port", String.valueOf(TestMailServer.SMTP_PORT));
        p.put("ingang.password-iterations", "1000");
        return p;
    }

    /** http://127.0.0.1:PORT of this node. */
    String url() {
        return "http://127.0.0.1:" + (8080 + offset);
    }

    Path log() {
        return baseDir.resolve("log/server.log");
    }

    /** A fresh copy of the built server's standalone/ (configuration and the EAR; no data, logs or timers). */
    Node prepare() {
        try {
            deleteTree(baseDir);
            for (String dir : List.of("configuration", "deployments")) {
                copyTree(home.resolve("standalone").resolve(dir), baseDir.resolve(dir));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Node start() {
        var command = new ArrayList<>(List.of("bash", home.resolve("bin/standalone.sh").toString(),
                "-c", config,
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.node.name=" + name,
                "-Djboss.tx.node.id=" + name,
                "-Djboss.socket.binding.port-offset=" + offset));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(baseDir.resolve("console.log").toFile());
        // Small heap and one-tier JIT: several nodes share two cores with the tests.
        builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx768m -XX:MaxMetaspaceSize=384m -XX:+UseSerialGC"
                + " -XX:TieredStopAtLevel=1 -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
                + " -Djboss.modules.system.pkgs=org.jboss.byteman");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        STARTED.add(this);
        return this;
    }

    /** Waits until the node answers: health ready on the management port and the login page on HTTP. */
    Node awaitReady(Duration timeout) {
        try {
            await().atMost(timeout).pollInterval(Duration.ofSeconds(1)).until(() -> {
                if (!alive()) {
                    throw new IllegalStateException(name + " exited while starting; " + tail());
                }
                if (!logLines("started (with errors)").isEmpty()) {
                    throw new IllegalStateException(name + " started with errors; " + tail());
                }
                return answers("http://127.0.0.1:" + (9990 + offset) + "/health/ready") && answers(url() + "/login");
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " not ready after " + timeout + "; " + tail(), e);
        }
        return this;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** kill -9 of the server's JVM (the child of standalone.sh): no shutdown hooks, no lease released. */
    void kill() {
        if (process == null) {
            return;
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
            process.toHandle().descendants().forEach(p -> p.onExit().join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
        STARTED.remove(this);
    }

    /** The last lines of the server log, for failure messages. */
    String tail() {
        try {
            Path file = Files.exists(log()) ? log() : baseDir.resolve("console.log");
            var lines = Files.readAllLines(file);
            return file + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Lines of the server log that contain the text. */
    List<String> logLines(String text) {
        try {
            return Files.exists(log()) ? Files.readAllLines(log()).stream().filter(l -> l.contains(text)).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean answers(String url) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Set.of("standalone_xml_history").contains(source.getParent().getFileName().toString())) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
