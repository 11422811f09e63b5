package com.omnichannel.support.web;

import java.net.URI;

/** The stable problem {@code type} URIs a client can branch on (api-specs/README.md lists them). */
public final class ProblemTypes {

    public static final String BASE = "https://omnichannel.example/problems/";
    public static final String VALIDATION = "validation";
    public static final String NOT_FOUND = "not-found";
    public static final String CONFLICT = "conflict";
    public static final String IDEMPOTENCY_KEY_REUSE = "idempotency-key-reuse";
    public static final String BUSY = "busy";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String TOO_LARGE = "too-large";
    public static final String INTERNAL = "internal";

    private ProblemTypes() {
    }

    public static URI of(String kind) {
        return URI.create(BASE + kind);
    }
}
