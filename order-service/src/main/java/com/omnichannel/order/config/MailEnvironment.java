package com.omnichannel.order.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * MAIL_HOST, MAIL_PORT, MAIL_USER and MAIL_PASSWORD become {@code spring.mail.*}, only when MAIL_HOST is set: an
 * empty {@code spring.mail.host} would still make Spring Boot build a mail sender. Without a host there is none, and
 * email is simulated.
 */
public class MailEnvironment implements EnvironmentPostProcessor {

    private static final Map<String, String> VARIABLES = Map.of("MAIL_HOST", "spring.mail.host",
            "MAIL_PORT", "spring.mail.port", "MAIL_USER", "spring.mail.username",
            "MAIL_PASSWORD", "spring.mail.password");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String host = environment.getProperty("MAIL_HOST");
        if (host == null || host.isBlank()) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        VARIABLES.forEach((variable, property) -> {
            String value = environment.getProperty(variable);
            if (value != null && !value.isBlank()) {
                properties.put(property, value);
            }
        });
        environment.getPropertySources().addLast(new MapPropertySource("mail-environment-variables", properties));
    }
}
