package com.omnichannel.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A role × endpoint matrix: named callers (each a token, or none) in column order, and rows of expected statuses
 * such as {@code "401 200 403 x"}, where {@code x} skips a caller whose call would change what the next one is
 * asked about. Refusals must be problem+json of the right type, without internals.
 */
public final class AccessMatrix {

    private final Supplier<String> baseUri;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    public AccessMatrix(Supplier<String> baseUri) {
        this.baseUri = baseUri;
    }

    public AccessMatrix caller(String name, String token) {
        tokens.put(name, token);
        return this;
    }

    public HttpResponse<String> call(String method, String path, String body, String caller) throws Exception {
        return HttpCalls.call(baseUri.get(), method, path, body, tokens.get(caller));
    }

    public Arguments row(String method, String path, String body, String expected) {
        assertThat(expected.split(" ")).as("one status per caller of %s", tokens.keySet()).hasSize(tokens.size());
        return Arguments.of(method, path, body, expected);
    }

    public void check(String method, String path, String body, String expected) throws Exception {
        String[] statuses = expected.split(" ");
        List<String> callers = new ArrayList<>(tokens.keySet());
        for (int i = 0; i < callers.size(); i++) {
            if (statuses[i].equals("x")) {
                continue;
            }
            HttpResponse<String> response = call(method, path, body, callers.get(i));
            assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, callers.get(i), response.body())
                    .isEqualTo(Integer.parseInt(statuses[i]));
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(response.body()).contains(response.statusCode() == 401 ? "/problems/unauthorized"
                        : "/problems/forbidden").doesNotContain("Exception", "at com.", "at org.");
            }
        }
    }
}
