package com.omnichannel.support.security;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Every endpoint but health and the API documents needs a bearer JWT. The key that verifies it is Spring Boot's
 * resource server configuration: the development key of {@code infra/dev-jwt} by default, any OIDC issuer when
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} is set. Refusals are problem+json like every other
 * error.
 */
@Configuration
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String DEV_KEY = "classpath:dev-jwt/public.pem";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessRules rules,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}") String jwkSet,
            @Value("${spring.security.oauth2.resourceserver.jwt.public-key-location:}") String publicKey)
            throws Exception {
        if (issuer.isBlank() && jwkSet.isBlank() && publicKey.equals(DEV_KEY)) {
            log.warn("Tokens are verified with the development key of infra/dev-jwt: anyone with this repository can "
                    + "sign them. Outside development set SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI (or "
                    + "JWT_PUBLIC_KEY_LOCATION).");
        }
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        BearerTokenAccessDeniedHandler denial = new BearerTokenAccessDeniedHandler();
        // Spring Security's bearer handlers set the status and WWW-Authenticate; ProblemDetailsAdvice writes the body
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            challenge.commence(request, response, e);
            problems.resolveException(request, response, null, e);
        };
        AccessDeniedHandler forbidden = (request, response, e) -> {
            denial.handle(request, response, e);
            problems.resolveException(request, response, null, e);
        };
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                            .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/api-specs/**")
                            .permitAll();
                    rules.apply(requests);
                    requests.anyRequest().hasRole(Caller.OPERATIONS);
                })
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new PlainBearerTokenResolver())
                        .jwt(jwt -> { })
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * Boot's decoder (the development key or the OIDC issuer's keys) behind {@link VerifiedTokens}, so a token is
     * verified once and not on every request. {@code omnichannel.security.verified-tokens: 0} turns that off.
     */
    @Bean
    static BeanPostProcessor verifiedTokens(
            @Value("${omnichannel.security.verified-tokens:10000}") long maxTokens,
            @Value("${omnichannel.security.verified-token-max-age:PT5M}") Duration maxAge) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, maxTokens, maxAge, Clock.systemUTC()) : bean;
            }
        };
    }

    /**
     * Spring Security's firewall checks every header it hands out (assigned characters, no control ones) with a
     * regular expression, character by character, on every read: for the bearer token that was a quarter of an
     * authenticated request's CPU. The same rule, without the expression for printable ASCII.
     */
    @Bean
    WebSecurityCustomizer firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(SecurityConfiguration::assignedAndNotControl);
        firewall.setAllowedHeaderValues(SecurityConfiguration::assignedAndNotControl);
        return web -> web.httpFirewall(firewall);
    }

    static boolean assignedAndNotControl(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (c < 0x20 || c > 0x7e) {
                int type = Character.getType(c);
                if (type == Character.UNASSIGNED || type == Character.CONTROL) {
                    return false;
                }
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * No Micrometer observation around every security filter, authentication and authorization: on a placement
     * request they cost more than the filters they observe. Requests are still timed as a whole (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
