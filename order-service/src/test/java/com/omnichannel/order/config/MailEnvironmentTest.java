package com.omnichannel.order.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class MailEnvironmentTest {

    @Test
    void givenMailHost_thenTheMailServerIsConfiguredFromTheVariablesThatAreSet() {
        MockEnvironment environment = new MockEnvironment().withProperty("MAIL_HOST", "smtp.example.com")
                .withProperty("MAIL_PORT", "587").withProperty("MAIL_USER", "");

        new MailEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.mail.host")).isEqualTo("smtp.example.com");
        assertThat(environment.getProperty("spring.mail.port")).isEqualTo("587");
        assertThat(environment.containsProperty("spring.mail.username")).isFalse();
    }

    @Test
    void givenNoOrAnEmptyMailHost_thenNoMailServerIsConfigured() {
        MockEnvironment environment = new MockEnvironment().withProperty("MAIL_HOST", " ")
                .withProperty("MAIL_PORT", "587");

        new MailEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.containsProperty("spring.mail.host")).isFalse();
        assertThat(environment.containsProperty("spring.mail.port")).isFalse();
    }
}
