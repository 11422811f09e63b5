package com.omnichannel.support.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Spring Security's {@link DefaultBearerTokenResolver} matches the whole Authorization header against a
 * case-insensitive regular expression on every request: a fifth of an authenticated read's CPU. A header of the
 * well-formed shape ({@code Bearer <token68>}, the scheme in any case) is answered here with the same rule, without
 * the expression; anything else goes to the default resolver, which keeps its answers and its errors.
 */
final class PlainBearerTokenResolver implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    private final BearerTokenResolver fallback = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && isToken68(header, SCHEME.length())) {
            return header.substring(SCHEME.length());
        }
        return fallback.resolve(request);
    }

    /** {@code [a-zA-Z0-9-._~+/]+=*} from {@code start} to the end, as the default resolver's expression. */
    static boolean isToken68(String value, int start) {
        int i = start;
        while (i < value.length() && isTokenCharacter(value.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        while (i < value.length() && value.charAt(i) == '=') {
            i++;
        }
        return i == value.length();
    }

    private static boolean isTokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
