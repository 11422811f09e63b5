package com.omnichannel.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    /** The verifier behind the cache: counts what it is asked, refuses tokens called "forged". */
    private final List<String> verifiedByKey = new ArrayList<>();
    private final JwtDecoder verifier = token -> {
        verifiedByKey.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("till-1")
                .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofMinutes(10))).build();
    };

    /** A clock the test moves on. */
    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, 100, Duration.ofMinutes(5), clock);

    @Test
    void aTokenSentAgainIsNotVerifiedAgain_butAnotherTokenIs() {
        assertThat(tokens.decode("a").getSubject()).isEqualTo("till-1");
        assertThat(tokens.decode("a").getSubject()).isEqualTo("till-1");
        tokens.decode("b");
        assertThat(verifiedByKey).containsExactly("a", "b");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifiedByKey).containsExactly("forged", "forged");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        tokens.decode("a");
        now = NOW.plus(Duration.ofMinutes(10)).plusSeconds(59);   // within Spring Security's 60 s of clock skew
        assertThat(tokens.decode("a").getSubject()).isEqualTo("till-1");
        now = NOW.plus(Duration.ofMinutes(12));
        assertThatThrownBy(() -> tokens.decode("a")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(verifiedByKey).containsExactly("a");
    }
}
