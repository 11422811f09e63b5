package com.omnichannel.support.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a real service, the jar its module built, as a separate process on a free port, against the same database
 * server and broker vhost as the tests: for end-to-end tests of both services, several instances of one service,
 * and crashes and restarts. Its output goes to target/&lt;name&gt;.log.
 */
public class ServiceProcess implements BeforeAllCallback, AfterAllCallback {

    private final String module;
    private final String name;
    private final Map<String, String> env;
    private Process process;
    private int port;

    private ServiceProcess(String module, String name, Map<String, String> env) {
        this.module = module;
        this.name = name;
        this.env = env;
    }

    public static ServiceProcess inventory(String name) {
        return new ServiceProcess("inventory-service", name, Map.of("DB_NAME",
                System.getenv().getOrDefault("TEST_DB_INVENTORY", "omni_inventory_test")));
    }

    public static ServiceProcess order(String name) {
        return new ServiceProcess("order-service", name, Map.of("DB_NAME",
                System.getenv().getOrDefault("TEST_DB_ORDER", "omni_order_test")));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    public void start() throws Exception {
        if (port == 0) {
            port = freePort();
        }
        Path log = Path.of("target", name + ".log");
        Files.writeString(log, "---- start " + Instant.now() + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBin(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-jar", jar().toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> processEnv = builder.environment();
        processEnv.put("SERVER_PORT", String.valueOf(port));
        processEnv.put("RABBITMQ_VHOST", System.getenv().getOrDefault("TEST_RABBITMQ_VHOST", "omnichannel-test"));
        processEnv.put("OMNICHANNEL_DEADLINES_POLLING_INTERVAL", "PT0.5S");
        processEnv.putAll(env);
        TestServices.containerProperties().forEach((k, v) -> processEnv.put(toEnv(k), String.valueOf(v)));
        process = builder.start();
        awaitHealthy(log);
    }

    /** Stops the process as an operator would (SIGTERM, graceful shutdown). */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    /** Kills the process at once (SIGKILL): a crash, nothing is shut down cleanly. */
    public void crash() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    public String baseUri() {
        return "http://localhost:" + port;
    }

    private void awaitHealthy(Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited: " + tail(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUri()
                        + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(name + " was not healthy in 120 s: " + tail(log));
    }

    private Path jar() throws IOException {
        Path target = Path.of("..", module, "target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches(module + "-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Build " + module + " first (mvn package)"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String toEnv(String property) {
        return switch (property) {
            case "spring.rabbitmq.host" -> "RABBITMQ_HOST";
            case "spring.rabbitmq.port" -> "RABBITMQ_PORT";
            case "spring.rabbitmq.username" -> "RABBITMQ_USER";
            case "spring.rabbitmq.password" -> "RABBITMQ_PASSWORD";
            case "spring.rabbitmq.virtual-host" -> "RABBITMQ_VHOST";
            default -> property;
        };
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
