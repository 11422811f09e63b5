package com.omnichannel.support.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.RabbitMQContainer;
import org.testcontainers.mysql.MySQLContainer;

/**
 * Where the integration tests find MySQL and RabbitMQ: the services configured by environment variables
 * (DB_URL or DB_HOST, RABBITMQ_HOST), else the local ones on their standard ports, else containers started by
 * Testcontainers when a Docker engine is there. Registered for every Spring context of the tests through
 * META-INF/spring.factories.
 */
public class TestServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestServices.class);
    private static Map<String, Object> containers;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = containerProperties();
        if (!properties.isEmpty()) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("testcontainers", properties));
        }
    }

    /** The properties that point a service at containers, or none where real services are configured or local. */
    public static synchronized Map<String, Object> containerProperties() {
        if (containers != null) {
            return containers;
        }
        containers = new HashMap<>();
        boolean dbConfigured = System.getenv("DB_URL") != null || System.getenv("DB_HOST") != null
                || listening(3306);
        boolean brokerConfigured = System.getenv("RABBITMQ_HOST") != null || listening(5672);
        if (dbConfigured && brokerConfigured) {
            return containers;
        }
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            log.warn("No MySQL/RabbitMQ configured or listening locally, and no Docker engine for Testcontainers");
            return containers;
        }
        if (!dbConfigured) {
            MySQLContainer mysql = new MySQLContainer("mysql:8.4").withUsername("omni").withPassword("omni");
            mysql.start();
            containers.put("DB_URL", mysql.getJdbcUrl().replaceFirst("/[^/?]*$", "/\\${DB_NAME}")
                    + "?createDatabaseIfNotExist=true");
            containers.put("DB_USER", "root");
            containers.put("DB_PASSWORD", mysql.getPassword());
            containers.put("DB_PRODUCT", "MySQL");
            containers.put("DB_MAJOR_VERSION", "8");
            containers.put("DB_MINOR_VERSION", "4");
        }
        if (!brokerConfigured) {
            RabbitMQContainer rabbit = new RabbitMQContainer("rabbitmq:4-management");
            rabbit.start();
            containers.put("spring.rabbitmq.host", rabbit.getHost());
            containers.put("spring.rabbitmq.port", rabbit.getAmqpPort());
            containers.put("spring.rabbitmq.username", rabbit.getAdminUsername());
            containers.put("spring.rabbitmq.password", rabbit.getAdminPassword());
            containers.put("spring.rabbitmq.virtual-host", "/");
        }
        return containers;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
