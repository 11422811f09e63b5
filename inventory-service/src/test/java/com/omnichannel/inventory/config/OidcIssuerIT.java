package com.omnichannel.inventory.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.omnichannel.support.testing.DevTokens;
import com.omnichannel.support.testing.HttpCalls;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Configured with an OIDC issuer (here a stand-in serving a discovery document and its signing keys, as Keycloak
 * does), the service takes that issuer's tokens and no longer the development key's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcIssuerIT {

    private static final KeyPair ISSUER_KEY = keyPair();
    private static final HttpServer ISSUER = issuer();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuerUri(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", OidcIssuerIT::issuerUri);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop(0);
    }

    @Test
    void theIssuersTokensAreAccepted_theDevelopmentKeysAreNot() throws Exception {
        String issued = DevTokens.role("operations").issuer(issuerUri()).signedWith(ISSUER_KEY.getPrivate()).sign();
        assertThat(get(issued)).isEqualTo(200);
        assertThat(get(DevTokens.role("operations").issuer(issuerUri()).sign())).as("signed with the dev key")
                .isEqualTo(401);
        assertThat(get(DevTokens.role("operations").signedWith(ISSUER_KEY.getPrivate()).sign()))
                .as("another issuer named").isEqualTo(401);
        assertThat(get(DevTokens.role("operations").issuer(issuerUri()).audience("another-api")
                .signedWith(ISSUER_KEY.getPrivate()).sign())).as("another audience").isEqualTo(401);
        assertThat(get(DevTokens.role("storefront").issuer(issuerUri()).signedWith(ISSUER_KEY.getPrivate()).sign()))
                .as("the roles claim still decides").isEqualTo(200);
    }

    private int get(String token) throws Exception {
        return HttpCalls.call("http://localhost:" + port, "GET", "/v1/locations", null, token).statusCode();
    }

    private static String issuerUri() {
        return "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/realms/retail";
    }

    private static HttpServer issuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/realms/retail/.well-known/openid-configuration", exchange -> respond(exchange,
                    "{\"issuer\":\"" + issuerUri() + "\",\"jwks_uri\":\"" + issuerUri() + "/certs\","
                            + "\"subject_types_supported\":[\"public\"],"
                            + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
            server.createContext("/realms/retail/certs", exchange -> respond(exchange, new JWKSet(
                    new RSAKey.Builder((RSAPublicKey) ISSUER_KEY.getPublic()).keyID("retail-1").build())
                    .toString()));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
