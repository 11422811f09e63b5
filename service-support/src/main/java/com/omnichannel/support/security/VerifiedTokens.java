package com.omnichannel.support.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A {@link JwtDecoder} that verifies a token's signature and claims once and then remembers the result: a channel's
 * backend, a till or an app sends the same bearer token for minutes, and the signature check (RSA, with Nimbus's
 * constant-time Base64) was the largest single cost of an order placement request. The key is the whole token, so
 * an altered or forged token never matches a remembered one; the time window ({@code exp}, {@code nbf}, with the
 * same clock skew as Spring Security's) is checked again on every use. At most {@code maxTokens} are remembered, each
 * for at most {@code maxAge}.
 */
public class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Cache<String, Jwt> verified;
    private final OAuth2TokenValidator<Jwt> window;

    public VerifiedTokens(JwtDecoder verifier, long maxTokens, Duration maxAge, Clock clock) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder().maximumSize(maxTokens).expireAfterWrite(maxAge).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        this.window = timestamps;
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.get(token, verifier::decode);   // a refused token throws and is not remembered
        OAuth2TokenValidatorResult result = window.validate(jwt);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: "
                    + result.getErrors().iterator().next().getDescription(), result.getErrors());
        }
        return jwt;
    }
}
