package com.omnichannel.order.support;

import com.omnichannel.support.testing.TestServices;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the real inventory-service, the jar its module built, as a separate process on a free port, against
 * the same database server and broker vhost as the tests. Used by end-to-end tests of both services.
 */
public class InventoryServiceProcess implements BeforeAllCallback, AfterAllCallback {

    private Process process;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    /** Starts the service and waits until it is healthy (for test engines other than JUnit Jupiter). */
    public void start() throws Exception {
        Path jar = findJar();
        port = freePort();
        Path log = Path.of("target", "inventory-service-it.log");
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Xmx512m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("DB_NAME", System.getenv().getOrDefault("TEST_DB_INVENTORY", "omni_inventory_test"));
        env.put("RABBITMQ_VHOST", System.getenv().getOrDefault("TEST_RABBITMQ_VHOST", "omnichannel-test"));
        TestServices.containerProperties().forEach((k, v) -> env.put(toEnv(k), String.valueOf(v)));
        process = builder.start();
        awaitHealthy(log);
    }

    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
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
                throw new IllegalStateException("inventory-service exited: " + tail(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUri()
                        + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("inventory-service was not healthy in 120 s: " + tail(log));
    }

    private static Path findJar() throws IOException {
        Path target = Path.of("..", "inventory-service", "target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("inventory-service-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Build inventory-service first (mvn package)"));
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
        return property.startsWith("spring.rabbitmq.")
                ? "RABBITMQ_" + property.substring("spring.rabbitmq.".length()).replace("-", "_")
                        .replace("virtual_host", "VHOST").replace("username", "USER").toUpperCase()
                : property;
    }

    private static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log);
        return String.join(File.separator.equals("/") ? "\n" : "\r\n",
                lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
