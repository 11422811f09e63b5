package com.omnichannel.support.testing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tokens signed with the development key of infra/dev-jwt, as {@code infra/token.sh} prints them: the services
 * accept them unless an issuer is configured.
 */
public final class DevTokens {

    private static final PrivateKey DEV_KEY = readDevKey();
    private static final String OPERATIONS = role("operations").sign();

    private final JWTClaimsSet.Builder claims;
    private PrivateKey key = DEV_KEY;

    private DevTokens(String role) {
        Instant now = Instant.now();
        claims = new JWTClaimsSet.Builder().issuer("omnichannel-dev").audience("omnichannel").subject(role)
                .claim("roles", List.of(role)).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    public static DevTokens role(String role) {
        return new DevTokens(role);
    }

    /** One token for all the requests of a test run (valid for an hour). */
    public static String operations() {
        return OPERATIONS;
    }

    public static String storefront() {
        return role("storefront").sign();
    }

    public static String pos(String storeId) {
        return role("pos").store(storeId).sign();
    }

    public static String customer(String customerId) {
        return role("customer").forCustomer(customerId).sign();
    }

    /** Adds the header to every request of a generated client: {@code client.setRequestInterceptor(bearer(t))}. */
    public static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }

    public DevTokens store(String storeId) {
        claims.claim("store_id", storeId);
        return this;
    }

    public DevTokens forCustomer(String customerId) {
        claims.subject(customerId).claim("customer_id", customerId);
        return this;
    }

    public DevTokens channel(String channel) {
        claims.claim("channel", channel);
        return this;
    }

    public DevTokens audience(String audience) {
        claims.audience(audience);
        return this;
    }

    public DevTokens expiredAgo(Duration ago) {
        Instant expiry = Instant.now().minus(ago);
        claims.issueTime(Date.from(expiry.minus(Duration.ofHours(1)))).expirationTime(Date.from(expiry));
        return this;
    }

    public DevTokens issuer(String issuer) {
        claims.issuer(issuer);
        return this;
    }

    /** Signed with this key instead of the development key (another issuer's). */
    public DevTokens signedWith(PrivateKey other) {
        key = other;
        return this;
    }

    /** Signed with a key of its own instead of the development key: a forged token. */
    public DevTokens forged() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            key = generator.generateKeyPair().getPrivate();
            return this;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String sign() {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey readDevKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/dev-jwt/private.pem")) {
            if (in == null) {
                throw new IllegalStateException("dev-jwt/private.pem is not on the test class path");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
