package com.omnichannel.broker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.qpid.server.SystemLauncher;

/**
 * An AMQP 0-9-1 broker in memory, for running the services where no RabbitMQ can be had
 * ({@code infra/run.sh --embedded}). Arguments: the port (default 5673) and a work folder (default var/qpid).
 * User guest/guest, virtual host "default". Messages live in memory only: not for production.
 */
public final class EmbeddedBroker {

    private EmbeddedBroker() {
    }

    public static void main(String[] args) throws Exception {
        String port = args.length > 0 ? args[0] : "5673";
        Path work = Path.of(args.length > 1 ? args[1] : "var/qpid").toAbsolutePath();
        Files.createDirectories(work);
        System.setProperty("qpid.amqp_port", port);
        Path config = work.resolve("embedded-broker.json");
        try (var in = EmbeddedBroker.class.getResourceAsStream("/embedded-broker.json")) {
            Files.write(config, in.readAllBytes());
        }
        Path systemProperties = Files.writeString(work.resolve("system.properties"), "");
        SystemLauncher launcher = new SystemLauncher();
        launcher.startup(Map.of(
                "type", "Memory",
                "initialConfigurationLocation", config.toUri().toString(),
                "initialSystemPropertiesLocation", systemProperties.toUri().toString(),
                "qpid.work_dir", work.toString(),
                "startupLoggedToSystemOut", true));
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::shutdown));
        System.out.println("Embedded AMQP broker listening on port " + port);
        Thread.currentThread().join();
    }
}
