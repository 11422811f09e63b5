package com.omnichannel.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class PlainBearerTokenResolverTest {

    @ParameterizedTest
    @ValueSource(strings = {"Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "bearer abc", "BEARER a-b_c~d+e/f==", "Bearer a=",
            "Bearer =", "Bearer ", "Bearer", "Bearer a b", "Bearer a=b", "Bearer  abc", "Bearer abc\t",
            "Basic dXNlcg==", "Bearerabc", "", "Bearer é", "Token abc", "Bearer a/+.~_-09AZaz"})
    void answersEveryAuthorizationHeaderAsSpringSecuritysDefaultResolver(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", header);

        String expected = outcome(() -> new DefaultBearerTokenResolver().resolve(request));
        String actual = outcome(() -> new PlainBearerTokenResolver().resolve(request));

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void noHeaderIsNoToken() {
        assertThat(new PlainBearerTokenResolver().resolve(new MockHttpServletRequest())).isNull();
    }

    /** The token, or the class and message of what was thrown. */
    private static String outcome(Supplier<String> resolve) {
        try {
            return Objects.toString(resolve.get(), "no token");
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
